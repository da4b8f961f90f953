/** “先猜再看”的中文。 */
import type { Dict } from './en';

const pct = (a: number) => a.toFixed(2);

export const predictZh: Dict['predict'] = {
  button: '预测',
  buttonHint: '先猜再看：一行一行猜模型会看哪里（G）',
  title: '先猜再看',
  writing: (row: number, total: number) => `第 ${row} 行，共 ${total} 行。模型正在写加粗的词：`,
  where: '它会看哪里？',
  reveal: '揭晓',
  next: '下一行',
  hit: (guess: string, weight: number) => `猜中：“${guess}”得到 ${pct(weight)} 的权重，是这一行最多的。`,
  near: (guess: string, weight: number, top: string, max: number) =>
    `接近：“${guess}”得到 ${pct(weight)}；最多的权重给了 ${top}（${pct(max)}）。`,
  miss: (guess: string, weight: number, top: string, max: number) =>
    `没猜中：“${guess}”只得到 ${pct(weight)}；权重给了 ${top}（${pct(max)}）。`,
  noGuess: (top: string, max: number) => `这一行没有猜：权重给了 ${top}（${pct(max)}）。`,
  and: '和',
  summary: (hits: number, guessed: number) => `${guessed} 行里有 ${hits} 行，模型看的正是你猜的地方。`,
  surprises: '意外之处',
  surprise: (token: string, top: string) => `${token}：它看的是 ${top}`,
  reasons: {
    'function-word': '虚词，在原句里没有对应的词',
    'two-words': '它同时翻译了两个原词',
    reordered: '语序调整：它被提到了原句中在它前面的词之前',
  },
  noSurprises: '没有意外：每一次猜的词都得到了最多的权重。',
  tryAnother: '再来一句',
  distracted: '这里没有可猜的：分心模型没有 α。它把整句话压进一个 C，每个输出词都用同一个 C，所以每一行看起来都一样。',
  waiting: '译文马上就到……',
};
