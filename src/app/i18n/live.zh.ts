/** 现场训练的中文。 */
import type { Dict } from './en';

export const liveZh: Dict['live'] = {
  open: '现场训练',
  openHint: '看一个小的注意力模型在本页中从随机权重开始学习。',
  title: '现场训练：看注意力是怎样学会的',
  caption: (parameters: string) =>
    `一个小的注意力模型（${parameters} 个权重）从随机权重开始，就在你的浏览器里学习把三种格式的日期写成 ISO 日期。看 α 怎样从均匀分布变成集中在每个输出数字所来自的字符上。`,
  formats: '它学的三种格式：',
  start: '开始现场训练',
  pause: '暂停现场训练',
  resume: '继续现场训练',
  reset: '重置现场训练',
  close: '关闭现场训练',
  unavailable: (why: string) => `现场训练无法加载：${why}`,
  reload: '重新加载页面',
  seed: '随机种子',
  seedHint: '同一个种子得到同一次训练，全班看到的曲线完全一样。',
  idle: '第 0 步：权重是随机的。',
  status: (step: string, seconds: string, loss: string) => `第 ${step} 步 · 训练了 ${seconds} 秒 · 损失 ${loss}`,
  paused: '已暂停',
  example: '给现场模型的日期',
  output: '现场模型写出',
  right: (step: string, seconds: string) => `从第 ${step} 步起正确（训练了 ${seconds} 秒）。`,
  notYet: (reference: string) => `还不对：正确答案是 ${reference}。`,
  noReference: '这个日期不属于这三种格式，所以没有可以对照的答案。',
  heatmap: '现场模型的注意力',
  corner: '输出 ↓ · 输入 →',
  loss: '损失（对数刻度）',
  accuracy: '准确率',
  heldOut: '留出的日期，完全正确',
  step: '训练步数',
  summary: (step: string, loss: string, accuracy: string, heldOut: string) =>
    `到第 ${step} 步的学习曲线：最新损失 ${loss}，字符正确率 ${accuracy}，留出日期完全正确率 ${heldOut}。`,
  worker: (backend: string) => `在 Web Worker 中用 ${backend} 训练；页面从不等它。`,
  failed: (why: string) => `现场训练停止了：${why}`,
  banner: '现场模型：这些权重正在本页中训练，不是发布的模型。',
};
