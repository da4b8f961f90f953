import { describe, expect, it } from 'vitest';
import { check } from '../check';
import { parse } from '../parse';
import { rng } from '../rng';
import { sample } from '../sample';
import { enzhTask } from '../tasks';
import { enzhLexicon } from './lexicon';
import { beOrders5 } from './teacher5';

const v4 = enzhTask(4);
const v5 = enzhTask(5);

/** The reference of a v5 sentence, tokens joined by spaces, and its gold links. */
const read = (english: string) => {
  const c = check(v5, english);
  if (c.kind !== 'ok')
    throw new Error(`${english}: ${JSON.stringify(c.kind === 'outside' ? c.reason : c.kind === 'unknown' ? c.unknown : c.kind)}`);
  return { zh: c.reference.join(' '), links: c.links, tokens: c.tokens.tokens };
};
const zh = (english: string) => read(english).zh;
/**
 * Each row translates as written at v5. Version 4 rejects it or translates it otherwise (the gate holds:
 * what is new is v5's only), unless `v4: true` says it already translated it so.
 */
const holds = (table: [string, string][], { v4: same = false } = {}) => {
  for (const [en, expected] of table) {
    expect(zh(en), en).toBe(expected);
    const c = check(v4, en);
    expect(c.kind === 'ok' && c.reference.join(' ') === expected, `${en} at v4`).toBe(same);
  }
};
/** The English tokens each Chinese token links to, as `中文←english english`. */
const linked = (english: string) => {
  const r = read(english);
  return r.zh.split(' ').map((t, i) => `${t}←${r.links[i]!.map((j) => r.tokens[j]).join(' ')}`);
};

describe('en-zh@5: the growth of issue 27', () => {
  it('1 looser meanings: common verbs take any sensible object, and go without one', () => {
    holds([
      ['We love football.', '我们 爱 足球 。'],
      ['Did you hear?', '你 听见 了 吗 ？'],
      ['Can you see?', '你 看得见 吗 ？'],
    ]);
    holds(
      [
        ['We need Tom.', '我们 需要 汤姆 。'],
        ['I like music.', '我 喜欢 音乐 。'],
        ['Mary won.', '玛丽 赢 了 。'],
      ],
      { v4: true },
    );
    // `I see.` stays the expression.
    expect(zh('I see.')).toBe('我 明白 了 。');
    // A sport goes bare; with `a` it is the ball, something one buys.
    expect(zh('I bought a football.')).toBe('我 买 了 一 个 足球 。');
    expect(check(v5, 'I bought tennis.').kind).toBe('outside');
  });

  it('1 a thing does alone what things do (`The phone rang.`), and only that: people and animals do the rest', () => {
    holds([
      ['The phone rang.', '手机 响 了 。'],
      ['My phone is ringing.', '我的 手机 在 响 。'],
      ['The sun is shining.', '太阳 在 照耀 。'],
      ['Did the movie end?', '电影 结束 了 吗 ？'],
      ['The movie has ended.', '电影 结束 了 。'],
      ['The ship sank.', '船 沉 了 。'],
      ['The accident happened yesterday.', '事故 昨天 发生 了 。'],
      ['The wind is blowing.', '风 在 吹 。'],
      ['No phone rang.', '没有 手机 响 。'],
      // A state takes no 了 and no progressive: `The shoe fits.`
      ["The shoes don't fit.", '鞋 不 合适 。'],
      ['The shoe fit.', '鞋 合适 。'],
    ]);
    for (const s of ['Tom rang.', 'The phone chased Jerry.', 'The sun and the moon rose.', 'The cat burst.'])
      expect(check(v5, s).kind, s).toBe('outside');
    expect(v5.vocabulary.has('fitting')).toBe(false);
  });

  it('1 things as subjects, participles and states as adjectives', () => {
    holds([
      ['The bus is late.', '公共汽车 晚点了 。'],
      ['The shop is closed.', '商店 关门了 。'],
      ['The door is closed.', '门 关着 。'],
      ['The dog is lost.', '狗 走丢了 。'],
      ['I am lost.', '我 迷路了 。'],
      ['My keys are lost.', '我的 钥匙 丢了 。'],
      ['Are you finished?', '你 做完了 吗 ？'],
      ['Dinner is ready.', '晚饭 好了 。'],
      ['I am ready.', '我 准备好了 。'],
    ]);
    // A state is negated with 没 and bare in the future; some have their own negation.
    holds([
      ["I'm not ready.", '我 没 准备好 。'],
      ["I won't be late.", '我 不会 迟到 。'],
      ["Tom isn't free.", '汤姆 没空 。'],
      ['Are you free tomorrow?', '你 明天 有空 吗 ？'],
    ]);
    expect(linked("I'm not ready.")).toEqual(['我←i', '没←am not', '准备好←ready', '。←.']);
    expect(linked("Tom isn't free.")).toEqual(['汤姆←tom', '没空←is not free', '。←.']);
  });

  it('1 the dummy `it` is never 它; the time and the weather have no subject', () => {
    holds([
      ["It's important.", '这 很 重要 。'],
      ['It was fun.', '这 很 好玩 。'],
      ['Is it true?', '这 是 真的 吗 ？'],
      ["It's possible.", '这 是 可能的 。'],
      ["It's late.", '很 晚 。'],
      ["It's too late.", '太 晚 了 。'],
    ]);
    holds([['It is big.', '它 很 大 。']], { v4: true });
    expect(linked("It's important.")).toEqual(['这←it', '很←important', '重要←important', '。←.']);
  });

  it('1 mass nouns and fixed expressions', () => {
    holds([
      ["It doesn't matter.", '没关系 。'],
      ['What happened?', '发生 了 什么 ？'],
      ["You're welcome.", '不客气 。'],
      ['Thank you so much!', '太 谢谢 你 了 ！'],
    ]);
    holds([['We need water.', '我们 需要 水 。']], { v4: true });
  });

  it('2 negative words and quantifiers: the clause says them, 都 after `every` and `all`', () => {
    holds([
      ['Nobody knows.', '没有 人 知道 。'],
      ['No one came yesterday.', '昨天 没有 人 来 。'],
      ['Nobody can help me.', '没有 人 能 帮助 我 。'],
      ['Nobody is happy.', '没有 人 高兴 。'],
      ['We have no milk.', '我们 没有 牛奶 。'],
      ['I have nothing.', '我 什么 都 没有 。'],
      ['I saw nothing.', '我 什么 都 没 看见 。'],
      ["There's nobody here.", '这里 没有 人 。'],
      ['There is nothing here.', '这里 什么 都 没有 。'],
      ['There is no time.', '没有 时间 。'],
      ['Everyone is here.', '大家 都 在 这里 。'],
      ['Everyone came yesterday.', '大家 昨天 都 来 了 。'],
      ['Every student likes Tom.', '每 个 学生 都 喜欢 汤姆 。'],
      ['All the students are happy.', '所有 学生 都 很 高兴 。'],
      ['Someone helped me.', '有 人 帮助 了 我 。'],
      ['I saw someone.', '我 看见 了 一 个 人 。'],
      ['I want something.', '我 想要 一些 东西 。'],
      ['I love everyone.', '我 爱 大家 。'],
      ['Is anybody home?', '有 人 在 家 吗 ？'],
      ['Does anybody know?', '有 人 知道 吗 ？'],
      ['Do you have any money?', '你 有 钱 吗 ？'],
      ["I don't have any money.", '我 没有 钱 。'],
      ["I didn't see anything.", '我 没有 看见 任何 东西 。'],
      ["Don't touch anything!", '别 摸 任何 东西 ！'],
      ['Is there any milk?', '有 牛奶 吗 ？'],
      ['There are many cats.', '有 很多 猫 。'],
      ['I have a lot of homework.', '我 有 很多 作业 。'],
      ["I don't have much time.", '我 没有 很多 时间 。'],
    ]);
    expect(linked('Nobody came yesterday.')).toEqual(['昨天←yesterday', '没有←nobody', '人←nobody', '来←came', '。←.']);
    expect(linked('Every student likes Tom.')).toEqual([
      '每←every',
      '个←every student',
      '学生←student',
      '都←every',
      '喜欢←likes',
      '汤姆←tom',
      '。←.',
    ]);
    expect(linked('I saw nothing.')).toEqual(['我←i', '什么←nothing', '都←nothing', '没←nothing', '看见←saw', '。←.']);
    expect(linked('We have no milk.')).toEqual(['我们←we', '没有←have no', '牛奶←milk', '。←.']);
    // Where the quantifier reads two ways or isn't English, the language has no sentence.
    for (const s of ["Nobody didn't come.", "Everyone didn't come.", 'Anybody came.', "I don't want something.", 'Nobody must go.'])
      expect(check(v5, s).kind, s).not.toBe('ok');
  });

  it('3 linking verbs + an adjective, and be + back, out, up, away', () => {
    holds([
      ['You look happy.', '你 看起来 很 高兴 。'],
      ['She seems sad.', '她 好像 很 难过 。'],
      ['I feel tired.', '我 觉得 很 累 。'],
      ["I don't feel tired.", '我 觉得 不 累 。'],
      ['That sounds great.', '那 听起来 很 棒 。'],
      ['It sounds good.', '这 听起来 很 好 。'],
      ['The cake tastes sweet.', '蛋糕 尝起来 很 甜 。'],
      ['He became famous.', '他 变得 很 有名 。'],
      ['The soup got cold.', '汤 变 冷 了 。'],
      ["It's getting dark.", '越来越 暗 了 。'],
      ['You looked very happy yesterday.', '你 昨天 看起来 很 高兴 。'],
      ['Mom is out.', '妈妈 出去了 。'],
      ["I'm back.", '我 回来了 。'],
      ["I'll be back.", '我 会 回来 。'],
      ["She isn't back.", '她 没 回来 。'],
      ['Is he up?', '他 起床了 吗 ？'],
    ]);
    expect(linked("I don't feel tired.")).toEqual(['我←i', '觉得←feel', '不←do not', '累←tired', '。←.']);
    expect(linked("It's getting dark.")).toEqual(['越来越←is getting', '暗←dark', '了←getting', '。←.']);
    // Only animals and people feel; `get` says a change that happened.
    for (const s of ['The table feels tired.', 'The soup gets cold.']) expect(check(v5, s).kind, s).not.toBe('ok');
  });

  it('4 verbs and adjectives with their fixed preposition, and with, for, from, about', () => {
    holds([
      ['Wait for your sister.', '等 你的 姐妹 。'],
      ['Look at the sky.', '看 天空 。'],
      ['Listen to me.', '听 我 说 。'],
      ["I'm waiting for the bus.", '我 在 等 公共汽车 。'],
      ['I talked to Tom.', '我 跟 汤姆 说话 了 。'],
      ['Call Tom.', '给 汤姆 打电话 。'],
      ['Call me later.', '待会儿 给 我 打电话 。'],
      ['Take a shower.', '洗澡 。'],
      ['Mary is afraid of dogs.', '玛丽 很 害怕 狗 。'],
      ["I'm not interested in music.", '我 对 音乐 不 感兴趣 。'],
      ["I'm proud of you.", '我 很 为 你 骄傲 。'],
      ['He came with me.', '他 和 我 一起 来 了 。'],
      ['Come with us.', '和 我们 一起 来 。'],
      ['I bought a gift for Mary.', '我 给 玛丽 买 了 一 份 礼物 。'],
      ['I have something for you.', '我 有 一些 东西 给 你 。'],
      ["I'm from China.", '我 来自 中国 。'],
      ['Where are you from?', '你 来自 哪里 ？'],
      ['The book is about a cat.', '书 是 关于 一 只 猫 的 。'],
      ['What is the book about?', '书 是 关于 什么 的 ？'],
      ['What are you looking at?', '你 在 看 什么 ？'],
      ['Who are you talking to?', '你 在 跟 谁 说话 ？'],
      ['Thanks for your help.', '谢谢 你的 帮助 。'],
    ]);
    expect(linked('I talked to Tom.')).toEqual(['我←i', '跟←talked to', '汤姆←tom', '说话←talked to', '了←talked', '。←.']);
    expect(linked('He came with me.')).toEqual(['他←he', '和←with', '我←me', '一起←with', '来←came', '了←came', '。←.']);
    expect(linked('Take a shower.')).toEqual(['洗澡←take a shower', '。←.']);
    // `look at the house` is a frame, not looking somewhere; `fight with` is 和 X 打架, not 和 X 一起 打架.
    expect(zh('Tom looked at the house.')).toBe('汤姆 看 了 房子 。');
    expect(zh('Tom fought with Jerry.')).toBe('汤姆 和 杰瑞 打架 了 。');
  });

  it('5 the thing, then to + the person: 把 for a known thing, else as two objects', () => {
    holds([
      ['Give it to me.', '把 它 给 我 。'],
      ['I gave the ball to Tom.', '我 把 球 给 了 汤姆 。'],
      ["I didn't give the ball to Tom.", '我 没有 把 球 给 汤姆 。'],
      ['Show the photo to Mary.', '把 照片 给 玛丽 看 。'],
      ['I sent a letter to Mary.', '我 给 玛丽 寄 了 一 封 信 。'],
    ]);
    expect(check(v5, 'Give the ball to the table.').kind).toBe('outside');
    // How well a verb after `to` is done, in an order (this once threw).
    holds([['Plan to write fast.', '计划 写 得 很 快 。']]);
    // `be coming` is coming soon; with whom and for whom stay in the progressive.
    holds([
      ["I'm coming.", '我 要 来 。'],
      ['Is Mary coming?', '玛丽 要 来 吗 ？'],
      ["Tom isn't coming.", '汤姆 不 来 。'],
      ['Are you coming with us?', '你 要 和 我们 一起 来 吗 ？'],
      ['Tom is walking with Mary.', '汤姆 在 和 玛丽 一起 散步 。'],
      ['I am buying a gift for Mary.', '我 在 给 玛丽 买 一 份 礼物 。'],
    ]);
    // Sentences issue 27 names.
    holds([
      ['I try.', '我 试 。'],
      ['Mary, sit down.', '玛丽 ， 坐下 。'],
      ['Turn on the radio.', '打开 收音机 。'],
      ['He came with me.', '他 和 我 一起 来 了 。'],
    ]);
    // More phrasal verbs with objects.
    holds([
      ['Clean up your room.', '打扫 你的 房间 。'],
      ['Throw away the garbage.', '扔掉 垃圾 。'],
      ['Write down your name.', '写下 你的 名字 。'],
    ]);
    // `do` asked about.
    holds([
      ['What did you do?', '你 做 了 什么 ？'],
      ['What will you do?', '你 会 做 什么 ？'],
    ]);
    expect(check(v5, 'Who did you do?').kind).toBe('outside');
    // `have` a friend, a neighbor, a partner (not a name: `I have Tom.`).
    holds([['Tom has many friends.', '汤姆 有 很多 朋友 。']]);
    expect(check(v5, 'I have Tom.').kind).toBe('outside');
  });

  it('5 verb patterns: object + to + verb, let, make + adjective, have to, do, two objects', () => {
    holds([
      ['I want you to read it.', '我 想 让 你 读 它 。'],
      ['Ask him to wait.', '请 他 等 。'],
      ['Tell Tom to come.', '叫 汤姆 来 。'],
      ['Help me carry the box.', '帮 我 搬 盒子 。'],
      ['Let me help you.', '让 我 帮助 你 。'],
      ["Don't let him go!", '别 让 他 走 ！'],
      ['Let me see.', '让 我 看看 。'],
      ['The song made Mary sad.', '歌 让 玛丽 很 难过 。'],
      ['You make me happy.', '你 让 我 很 高兴 。'],
      ["That didn't make me happy.", '那 没有 让 我 高兴 。'],
      ['I have to go.', '我 得 走 。'],
      ['I have to work tomorrow.', '我 明天 得 工作 。'],
      ['I had to go.', '我 不得不 走 。'],
      ["You don't have to go.", '你 不用 走 。'],
      ['Do your homework.', '做 你的 作业 。'],
      ['Do the dishes.', '洗碗 。'],
      ['I did my homework.', '我 做 了 我的 作业 。'],
      ['She got a new bike.', '她 得到 了 一 辆 新 自行车 。'],
      ['Give Tom the ball.', '给 汤姆 球 。'],
      ['I gave Tom the ball.', '我 给 了 汤姆 球 。'],
      ['Tell us a story.', '告诉 我们 一 个 故事 。'],
      ['Show me the photo.', '给 我 看 照片 。'],
      ['Pass me the salt.', '把 盐 递给 我 。'],
    ]);
    expect(linked('I want you to read it.')).toEqual(['我←i', '想←want to', '让←want to', '你←you', '读←read', '它←it', '。←.']);
    expect(linked('I gave Tom the ball.')).toEqual(['我←i', '给←gave', '了←gave', '汤姆←tom', '球←ball', '。←.']);
    // `her cats` is hers: after `her`, the thing of two objects takes a determiner.
    expect(zh('Give her books.')).toBe('给 她的 书 。');
  });

  it('6 clauses: think, know, hope, say (that) …; if and when', () => {
    holds([
      ['I think the door is open.', '我 觉得 门 开着 。'],
      ['I think that Tom is happy.', '我 觉得 汤姆 很 高兴 。'],
      ['He said he was tired.', '他 说 他 很 累 。'],
      ["I don't think Tom is here.", '我 不 觉得 汤姆 在 这里 。'],
      ['Do you think Tom is happy?', '你 觉得 汤姆 很 高兴 吗 ？'],
      ["I hope you're right.", '我 希望 你 是 对的 。'],
      ['She knows that Tom likes Mary.', '她 知道 汤姆 喜欢 玛丽 。'],
      ['I think it is important.', '我 觉得 这 很 重要 。'],
      ['I think so.', '我 觉得 是 这样 。'],
      ['If you are hungry, eat an apple.', '如果 你 饿 ， 吃 一 个 苹果 。'],
      ["If it rains, we'll stay home.", '如果 下雨 ， 我们 会 待 在 家 。'],
      ['I will help you if you come.', '如果 你 来 ， 我 会 帮助 你 。'],
      ['Call me when you get home.', '你 到 家 的 时候 ， 给 我 打电话 。'],
      ['When I was young, I lived here.', '我 年轻 的 时候 ， 我 住 在 这里 。'],
      ['Tom was happy when Mary came.', '玛丽 来 的 时候 ， 汤姆 很 高兴 。'],
    ]);
    holds([['I know that man.', '我 认识 那 个 男人 。']], { v4: true });
    expect(linked('Call me when you get home.')).toEqual([
      '你←you',
      '到←get',
      '家←home',
      '的←when',
      '时候←when',
      '，←when',
      '给←call',
      '我←me',
      '打电话←call',
      '。←.',
    ]);
    // The tenses go together; a clause that reads two ways takes `that` or two sentences.
    for (const s of ['If it rains, we stayed home.', 'I think Tom and Mary are happy.']) expect(check(v5, s).kind, s).not.toBe('ok');
  });

  it('7 phrasal verbs with objects, manner, the present perfect, comparison, vocatives, tags, too', () => {
    holds([
      ['Turn on the light.', '打开 灯 。'],
      ['Turn the light on.', '打开 灯 。'],
      ['Turn off the TV.', '关掉 电视 。'],
      ['Put it down.', '放下 它 。'],
      ['I turned off the light.', '我 关掉 了 灯 。'],
      ['Tom quickly ran home.', '汤姆 很快地 跑 回 了 家 。'],
      ['Tom swims well.', '汤姆 游 得 很 好 。'],
      ['He works hard.', '他 工作 很 努力 。'],
      ['Work hard.', '努力 工作 。'],
      ['Has Mary left?', '玛丽 离开 了 吗 ？'],
      ["I've finished.", '我 完成 了 。'],
      ["I haven't eaten.", '我 还 没 吃 东西 。'],
      ['Have you seen my bag?', '你 看见 了 我的 包 吗 ？'],
      ['Tom is taller than Jerry.', '汤姆 比 杰瑞 高 。'],
      ['My bag is heavier than yours.', '我的 包 比 你的 重 。'],
      ['Tom is not taller than Jerry.', '汤姆 没有 杰瑞 高 。'],
      ['This is better.', '这 更 好 。'],
      ['Tom is the tallest.', '汤姆 最 高 。'],
      ["It's mine.", '这 是 我的 。'],
      ['Tom, sit down.', '汤姆 ， 坐下 。'],
      ['Wake up, Tom.', '汤姆 ， 醒来 。'],
      ["You are a teacher, aren't you?", '你 是 老师 ， 对 吧 ？'],
      ["It's nice, isn't it?", '这 很 好 ， 对 吧 ？'],
      ['I like it too.', '我 也 喜欢 它 。'],
    ]);
    expect(linked('Turn the light on.')).toEqual(['打开←turn on', '灯←light', '。←.']);
    expect(linked('Tom swims well.')).toEqual(['汤姆←tom', '游←swims', '得←well', '很←well', '好←well', '。←.']);
    expect(linked("It's nice, isn't it?")).toEqual(['这←it', '很←nice', '好←nice', '，←,', '对←is not it', '吧←is not it', '？←?']);
    // A pronoun goes before the particle; `too hot` is a degree, `hot too` is `also`.
    expect(check(v5, 'Put down it.').kind).not.toBe('ok');
    expect(zh('It is too hot.')).toBe('太 热 了 。');
    expect(zh('It is hot too.')).toBe('也 很 热 。');
  });

  it('teacher: a manner adverb in an order is said as a teacher would (慢慢 走), `it` that points is 这', () => {
    holds([
      ['Walk slowly.', '慢慢 走 。'],
      ['Eat slowly.', '慢慢 吃 。'],
      ['Drive carefully.', '小心 开车 。'],
      ['It is a cat.', '这 是 一 只 猫 。'],
    ]);
  });

  it('teacher: `go` alone is 去 in statements and questions, 走 (leave) in orders', () => {
    holds([
      ["We didn't go.", '我们 没有 去 。'],
      ['Did you go?', '你 去 了 吗 ？'],
      ['I went with my dad.', '我 和 我的 爸爸 一起 去 了 。'],
    ]);
    holds(
      [
        ['You must go.', '你 必须 走 。'],
        ["Don't go!", '别 走 ！'],
        ["Let's go.", '我们 走 吧 。'],
      ],
      { v4: true },
    );
  });

  it('teacher: plural you, a meal eaten, can see, 多大 for adults, someone wanted here', () => {
    holds([
      ['Are you teachers?', '你们 是 老师 吗 ？'],
      ['You are students.', '你们 是 学生 。'],
      ["He didn't have breakfast.", '他 没有 吃 早饭 。'],
      ["I don't have lunch.", '我 不 吃 午饭 。'],
      ["She can't see me.", '她 看不见 我 。'],
      ['Can you hear me?', '你 听得见 我 吗 ？'],
      ['I can see Tom.', '我 看得见 汤姆 。'],
      ['How old are you?', '你 多大 ？'],
      ['How old is Tom?', '汤姆 多大 ？'],
      ['We need Tom here.', '我们 需要 汤姆 在 这里 。'],
      ['I need you in the kitchen.', '我 需要 你 在 厨房 。'],
    ]);
    holds(
      [
        ['You are a student.', '你 是 学生 。'],
        ['How old is your son?', '你的 儿子 几 岁 ？'],
        ['How old is your dog?', '你的 狗 几 岁 ？'],
        ["We didn't have time.", '我们 没有 时间 。'],
        ['I saw Tom here.', '我 在 这里 看见 了 汤姆 。'],
      ],
      { v4: true },
    );
    expect(linked("She can't see me.")).toEqual(['她←she', '看不见←can not see', '我←me', '。←.']);
    expect(linked('How old are you?')).toEqual(['你←you', '多大←how old', '？←?']);
    // Only people think, say, hope, tell: not a thing, not an animal.
    for (const en of [
      'It thinks.',
      'It said that Tom is here.',
      'The dog thinks that Tom is here.',
      'The cat said that.',
      'It told me a story.',
    ])
      expect(check(v5, en).kind, en).toBe('outside');
    expect(zh('The dog loves me.')).toBe('狗 爱 我 。');
  });

  it('teacher: the weather is never 它, compared or not (今天 更 冷); beside `than`, `it` is a thing (它 比 汤 冷)', () => {
    holds([
      ["It's colder today.", '今天 更 冷 。'],
      ['It is hotter today.', '今天 更 热 。'],
      ['It was colder yesterday.', '昨天 更 冷 。'],
      ['Is it colder today?', '今天 更 冷 吗 ？'],
      ['It is the hottest today.', '今天 最 热 。'],
    ]);
    expect(zh("It's colder than the soup.")).toBe('它 比 汤 冷 。');
    expect(linked('It was colder yesterday.')).toEqual(['昨天←yesterday', '更←colder', '冷←colder', '。←.']);
  });

  it('teacher: `try` and `check` alone are doubled only when one is asked to (试试, 看看), plain for what is done (试, 检查)', () => {
    holds([
      ['I tried.', '我 试 了 。'],
      ['I am trying.', '我 在 试 。'],
      ["Don't try.", '别 试 。'],
      ['Did you try?', '你 试 了 吗 ？'],
      ['I checked.', '我 检查 了 。'],
      ['Tom is checking.', '汤姆 在 检查 。'],
      ['Try.', '试试 。'],
      ['Let me try.', '让 我 试试 。'],
      ["Let's try.", '我们 试试 吧 。'],
      ['Try again.', '再 试试 。'],
      ['Check again.', '再 看看 。'],
      ['Try hard.', '努力 试试 。'],
    ]);
  });

  it('teacher: a state is negated with 不 in the past too (我 不 知道), an event with 没有 (我 没有 忘记)', () => {
    holds([
      ["I didn't know.", '我 不 知道 。'],
      ["I didn't know you were here.", '我 不 知道 你 在 这里 。'],
      ["Tom didn't know Mary.", '汤姆 不 认识 玛丽 。'],
      ["I didn't like it.", '我 不 喜欢 它 。'],
      ["I didn't want to go.", '我 不 想 去 。'],
      ["I didn't remember him.", '我 不 记得 他 。'],
      ["I didn't need it.", '我 不 需要 它 。'],
    ]);
    holds(
      [
        ["I didn't forget.", '我 没有 忘记 。'],
        ["I didn't understand.", '我 没有 明白 。'],
      ],
      { v4: true },
    );
    expect(linked("I didn't know.")).toEqual(['我←i', '不←did not', '知道←know', '。←.']);
  });

  it('teacher: a person or an animal that `got` so is in the state reached (我 累 了); a thing changes (汤 变 冷 了), and so does the weather, whose `it` is left out as everywhere (变 冷 了)', () => {
    holds([
      ['I got tired.', '我 累 了 。'],
      ['She got angry.', '她 生气 了 。'],
      ['The baby got hungry.', '婴儿 饿 了 。'],
      ['We got hungry yesterday.', '我们 昨天 饿 了 。'],
    ]);
    holds([['It got cold.', '变 冷 了 。']]);
    expect(zh('The soup got cold.')).toBe('汤 变 冷 了 。');
    expect(linked('I got tired.')).toEqual(['我←i', '累←tired', '了←got', '。←.']);
  });

  it('teacher: food that tastes good or bad is 好吃 / 难吃, a drink (soup too) 好喝 / 难喝, with no 尝起来', () => {
    holds([
      ['The soup tastes bad.', '汤 很 难喝 。'],
      ["The soup doesn't taste good.", '汤 不 好喝 。'],
      ['This tastes good.', '这 很 好吃 。'],
      ['The cake tastes good.', '蛋糕 很 好吃 。'],
      ['The tea tasted terrible.', '茶 很 难喝 。'],
    ]);
    expect(linked('The soup tastes bad.')).toEqual(['汤←soup', '很←bad', '难喝←tastes bad', '。←.']);
  });

  it('teacher (h20): a name is a name, can + find or sleep is a resultative, people compared by age are 大 / 小, a sport is kicked or hit', () => {
    // Version 4 said these; version 5's rule that a thing is a thing of its sort refused them.
    holds(
      [
        ['My name is Tom.', '我的 名字 是 汤姆 。'],
        ['Her name is Mary.', '她的 名字 是 玛丽 。'],
      ],
      { v4: true },
    );
    holds([
      ["I can't find my pen.", '我 找不到 我的 笔 。'],
      ['Can you find it?', '你 找得到 它 吗 ？'],
      ["I can't sleep.", '我 睡不着 。'],
      ["She couldn't sleep.", '她 睡不着 。'],
      ['My sister is older than me.', '我的 姐妹 比 我 大 。'],
      ['Tom is younger than Mary.', '汤姆 比 玛丽 小 。'],
      ['Tom is the oldest.', '汤姆 最 大 。'],
      ['They are playing football.', '他们 在 踢 足球 。'],
      ['I played baseball yesterday.', '我 昨天 打 了 棒球 。'],
    ]);
    // A toy is still played with: `the football` is the ball.
    expect(zh('Play the football.')).toBe('玩 足球 。');
    expect(check(v5, 'Tom is my name.').kind).toBe('outside');
    // `at noon` after `look at`, `point at`, … is when, read one way (it was also what was looked at).
    for (const en of ['Ray will look at noon.', 'Please point at noon.']) {
      const p = parse(v5.grammar, v5.tokenize(en).tokens, { maxReadings: 2 });
      expect(p.ok && p.readings, en).toBe(1);
    }
    expect(zh('Ray will look at noon.')).toBe('雷 中午 会 看 。');
    // TV is watched, bare like a sport.
    expect(zh('I watched TV last night.')).toBe('我 昨晚 看 了 电视 。');
  });

  it('teacher (h20): `it` with okay or fine is how things are, never 它; a mass noun alone is singular', () => {
    holds([
      ["It's okay.", '没事 。'],
      ['Is it okay?', '没事 吗 ？'],
      ["It's ok.", '没事 。'],
      ["It's fine.", '很 好 。'],
      ['It will be fine.', '会 很 好 。'],
      ['Water is good.', '水 很 好 。'],
    ]);
    expect(zh("I'm okay.")).toBe('我 没事 。');
    for (const en of ['Water are good.', 'There are water.', 'It is time.']) expect(check(v5, en).kind, en).toBe('outside');
  });

  it('teacher (h20): an order with `be` says what a teacher says, asked for or not (友善 一点, 别 迟到)', () => {
    holds([
      ['Be nice.', '友善 一点 。'],
      ['Be good.', '乖 一点 。'],
      ["Don't be late.", '别 迟到 。'],
      ["Don't be sad.", '别 难过 。'],
      ["Please don't be shy!", '请 别 害羞 ！'],
    ]);
    expect(zh('Be careful.')).toBe('小心 。');
    for (const en of ["Don't be careful.", 'Be late.']) expect(check(v5, en).kind, en).toBe('outside');
    // Every order the table gives is of an adjective the language has.
    const adjectives = new Set(enzhLexicon(5).adjectives.map((a) => a.en));
    expect(Object.keys(beOrders5).filter((a) => !adjectives.has(a))).toEqual([]);
  });

  it('gaps: been to and ever, measure words, either, still, also, only, again, together, as … as, or', () => {
    holds([
      ['Have you ever been to Beijing?', '你 去过 北京 吗 ？'],
      ['I have never been to Paris.', '我 从来 没 去过 巴黎 。'],
      ["I haven't been to China.", '我 没 去过 中国 。'],
      ['Have you been here?', '你 来过 这里 吗 ？'],
      ['I want a cup of tea.', '我 想要 一 杯 茶 。'],
      ['She drank two glasses of water.', '她 喝 了 两 杯 水 。'],
      ['Give me a piece of paper.', '给 我 一 张 纸 。'],
      ['I bought a pair of shoes.', '我 买 了 一 双 鞋 。'],
      ["I don't like it either.", '我 也 不 喜欢 它 。'],
      ['Tom still loves Mary.', '汤姆 还 爱 玛丽 。'],
      ['Tom also came yesterday.', '汤姆 昨天 也 来 了 。'],
      ['I only eat apples.', '我 只 吃 苹果 。'],
      ['Tom chased Jerry again yesterday.', '汤姆 昨天 又 追逐 了 杰瑞 。'],
      ['I will call you again tomorrow.', '我 明天 会 再 给 你 打电话 。'],
      ['We ate together.', '我们 一起 吃 了 东西 。'],
      ['Tom is as tall as Jerry.', '汤姆 和 杰瑞 一样 高 。'],
      ['Tom is not as tall as Jerry.', '汤姆 没有 杰瑞 高 。'],
      ['They are the same.', '他们 一样 。'],
      ['Do you want tea or coffee?', '你 想要 茶 还是 咖啡 ？'],
      ['Do you want to eat apples or bananas?', '你 想 吃 苹果 还是 香蕉 ？'],
    ]);
    expect(linked('Have you ever been to Beijing?')).toEqual(['你←you', '去过←been to ever', '北京←to beijing', '吗←have', '？←?']);
    expect(linked('I want a cup of tea.')).toEqual(['我←i', '想要←want', '一←a', '杯←a cup of', '茶←tea', '。←.']);
    for (const en of ['I like it either.', "I don't like it too.", 'Tom still chased Jerry.', 'Do you want tea or tea?', 'I ate together.'])
      expect(check(v5, en).kind, en).toBe('outside');
  });

  it('words: reflexives, quantifiers, places, degrees, times, ways of going, expressions', () => {
    holds([
      ['I love myself.', '我 爱 自己 。'],
      ['Tom loves himself.', '汤姆 爱 自己 。'],
      ['I want you to trust yourself.', '我 想 让 你 信任 自己 。'],
      ['Each student has a book.', '每 个 学生 都 有 一 本 书 。'],
      ['Both students are happy.', '两 个 学生 都 很 高兴 。'],
      ['I have a few books.', '我 有 几 本 书 。'],
      ['I want another apple.', '我 想要 另 一 个 苹果 。'],
      ['Other students like Tom.', '其他 学生 喜欢 汤姆 。'],
      ['We have enough money.', '我们 有 足够 的 钱 。'],
      ['I like its color.', '我 喜欢 它的 颜色 。'],
      ['The cat is beside the chair.', '猫 在 椅子 旁边 。'],
      ['There is a park nearby.', '附近 有 一 个 公园 。'],
      ["It's quite cold.", '相当 冷 。'],
      ['Tom left an hour ago.', '汤姆 一 个 小时 前 离开 了 。'],
      ['I will call you after work.', '我 下班 后 会 给 你 打电话 。'],
      ['I ate lunch, then I slept.', '我 吃 了 午饭 ， 然后 我 睡觉 了 。'],
      ['I go to school by bus.', '我 坐 公共汽车 去 学校 。'],
      ['Tom ran into the kitchen.', '汤姆 跑 进 了 厨房 。'],
      ['We walked across the street.', '我们 走 过 了 街道 。'],
      ['You ought to go.', '你 应该 走 。'],
      ['Hey, Tom.', '嘿 ， 汤姆 。'],
      ['Pardon?', '什么 ？'],
      ['Once upon a time, there was a king.', '从前 ， 有 一 位 国王 。'],
      ['Tom almost fell.', '汤姆 差点 摔倒 了 。'],
      ['Tom even likes Jerry.', '汤姆 甚至 喜欢 杰瑞 。'],
      ['None of us knows.', '我们 中 没有 人 知道 。'],
      ['The cat is between the chair and the table.', '猫 在 椅子 和 桌子 之间 。'],
      ['There is a park between the bank and the school.', '银行 和 学校 之间 有 一 个 公园 。'],
    ]);
    expect(check(v5, 'Tom almost eats.').kind).toBe('outside');
    for (const en of ['I love herself.', 'You love myself.', 'The book loves itself.']) expect(check(v5, en).kind === 'ok', en).toBe(false);
  });

  it('samples every kind of sentence with how well, again and a manner first, without an error', () => {
    const kinds = ['statement', 'does', 'do', 'did', 'will', 'be-question', 'modal-question', 'wh', 'imperative', 'let'];
    const rare = new Set(['how-well', 'again', 'manner-first']);
    const r = rng(17);
    for (const kind of [...kinds, 'conditional', 'have', 'has', 'tag'])
      for (let i = 0; i < 60; i++) {
        const profile = v5.profiles[i % v5.profiles.length]!;
        const ex = sample(v5.grammar, r, (label, options) =>
          label === 'sentence'
            ? options.map((o) => (o === kind ? 1 : 0))
            : rare.has(label)
              ? options.map((o) => (o ? 1 : 0))
              : profile(label, options),
        );
        expect(ex.source.length).toBeGreaterThan(0);
      }
  });

  it('has one reading per sentence, and sampling and parsing agree (3 000 sampled sentences)', () => {
    const r = rng(51);
    for (let i = 0; i < 3000; i++) {
      const ex = sample(v5.grammar, r, v5.profiles[i % v5.profiles.length]);
      const p = parse(v5.grammar, ex.source);
      if (!p.ok) throw new Error(`unparsed: ${ex.source.join(' ')}`);
      expect(p.readings, ex.source.join(' ')).toBe(1);
      expect(p.target.map((l) => l.t)).toEqual(ex.target);
      expect(p.target.map((l) => l.from)).toEqual(ex.links);
    }
  });

  it('the checker accepts every generated sentence within its search budget (300 sentences, every length)', () => {
    const r = rng(52);
    for (let i = 0; i < 300; i++) {
      const ex = sample(v5.grammar, r, v5.profiles[i % v5.profiles.length]);
      if (ex.source.length > v5.maxTokens) continue; // never in a corpus: the checker says it is too long
      const c = check(v5, v5.showSource(ex.source));
      expect(c.kind, ex.source.join(' ')).toBe('ok');
      if (c.kind === 'ok') expect(c.reference).toEqual(ex.target);
    }
  });
});
