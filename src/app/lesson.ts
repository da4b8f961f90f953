/** The lecture: examples in the order the article tells its story, each with a one-line note for the lecturer. */
import type { TaskId } from '../data/tasks';
import { type Mode } from '../core/choices';

export interface LessonStep {
  task: TaskId;
  text: string;
  mode: Mode;
  note: { en: string; zh: string };
}

export const lesson: LessonStep[] = [
  {
    task: 'en-zh',
    text: 'Tom chased Jerry.',
    mode: 'attention',
    note: {
      en: 'The article’s own example. Step to 杰瑞: its row looks at “jerry” — each output word gets its own C_i.',
      zh: '文章自己的例子。走到“杰瑞”这一步：它那一行看向 “jerry”——每个输出词都有自己的 C_i。',
    },
  },
  {
    task: 'en-zh',
    text: 'Tom chased Jerry quickly in the kitchen yesterday.',
    mode: 'attention',
    note: {
      en: 'Reordering: Chinese puts time and place before the verb, so attention jumps to the end of the sentence and back.',
      zh: '语序调整：中文把时间和地点放在动词前面，所以注意力先跳到句尾，再跳回来。',
    },
  },
  {
    task: 'en-zh',
    text: 'Tom will not chase Jerry because the hungry dog saw him in the garden.',
    mode: 'attention',
    note: {
      en: '“because” moves the whole cause clause to the front: the heatmap is far from diagonal.',
      zh: '“because” 把整个原因从句移到句首：热力图远离对角线。',
    },
  },
  {
    task: 'en-zh',
    text: "Lily's clever student wrote three letters in the library this morning because her teacher helped him and they will visit Mary tomorrow.",
    mode: 'both',
    note: {
      en: 'A long sentence: the distracted model squeezes it all into one C and loses details; attention keeps them.',
      zh: '长句：分心模型把一切压进一个 C，丢失了细节；注意力模型保留了它们。',
    },
  },
  {
    task: 'dates',
    text: 'Wednesday, November 25, 2026',
    mode: 'attention',
    note: {
      en: 'Characters this time: the year, written last, is read first.',
      zh: '这次是字符：写在最后的年份，最先被读出。',
    },
  },
];
