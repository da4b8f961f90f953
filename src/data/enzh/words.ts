/**
 * The everyday words of docs/spec/en-zh-everyday.md, added to the core lexicon (lexicon.ts). One line
 * per word, in a compact notation read by the helpers below; one canonical Chinese per word sense, a
 * classifier for every noun. Chosen from common English, not copied from any corpus.
 */

/** Nouns: `singular plural 中文 classifier tags…` (`-` for a plural spelled like the singular). */
const nounLines = `
man men 男人 个 person
woman women 女人 个 person
boy boys 男孩 个 person
girl girls 女孩 个 person
baby babies 婴儿 个 person
friend friends 朋友 个 person
mother mothers 妈妈 位 person family
father fathers 爸爸 位 person family
mom moms 妈妈 位 person family
dad dads 爸爸 位 person family
brother brothers 兄弟 个 person family
sister sisters 姐妹 个 person family
son sons 儿子 个 person family
daughter daughters 女儿 个 person family
parent parents 父母 位 person family
wife wives 妻子 位 person family
husband husbands 丈夫 位 person family
grandmother grandmothers 奶奶 位 person family
grandfather grandfathers 爷爷 位 person family
uncle uncles 叔叔 位 person family
aunt aunts 阿姨 位 person family
family families 家人 个 person
neighbor neighbors 邻居 个 person
nurse nurses 护士 位 person
driver drivers 司机 位 person
farmer farmers 农民 个 person
cook cooks 厨师 位 person
police police 警察 位 person
boss bosses 老板 位 person
king kings 国王 位 person
queen queens 王后 位 person
waiter waiters 服务员 位 person
worker workers 工人 个 person
singer singers 歌手 位 person
player players 球员 个 person
horse horses 马 匹 animal
cow cows 牛 头 animal
pig pigs 猪 头 animal
sheep - 羊 只 animal
chicken chickens 鸡 只 animal
duck ducks 鸭子 只 animal
rabbit rabbits 兔子 只 animal
tiger tigers 老虎 只 animal
lion lions 狮子 头 animal
bear bears 熊 头 animal
monkey monkeys 猴子 只 animal
elephant elephants 大象 头 animal
snake snakes 蛇 条 animal
frog frogs 青蛙 只 animal
panda pandas 熊猫 只 animal
goat goats 山羊 只 animal
fox foxes 狐狸 只 animal
wolf wolves 狼 只 animal
deer - 鹿 只 animal
whale whales 鲸鱼 头 animal
bee bees 蜜蜂 只 animal
ant ants 蚂蚁 只 animal
butterfly butterflies 蝴蝶 只 animal
turtle turtles 乌龟 只 animal
bread - 面包 块 thing food
rice - 米饭 碗 thing food
egg eggs 鸡蛋 个 thing food
banana bananas 香蕉 根 thing food
orange oranges 橙子 个 thing food
meat - 肉 块 thing food
soup - 汤 碗 thing food food-liquid
noodle noodles 面条 碗 thing food
sandwich sandwiches 三明治 个 thing food
cookie cookies 饼干 块 thing food
candy candies 糖 块 thing food
pizza pizzas 披萨 块 thing food
chocolate - 巧克力 块 thing food
potato potatoes 土豆 个 thing food
tomato tomatoes 西红柿 个 thing food
carrot carrots 胡萝卜 根 thing food
grape grapes 葡萄 颗 thing food
watermelon watermelons 西瓜 个 thing food
pear pears 梨 个 thing food
salad salads 沙拉 份 thing food
hamburger hamburgers 汉堡 个 thing food
dumpling dumplings 饺子 个 thing food
sugar - 白糖 勺 thing food
salt - 盐 勺 thing food
butter - 黄油 块 thing food
breakfast breakfasts 早饭 顿 thing meal
lunch lunches 午饭 顿 thing meal
dinner dinners 晚饭 顿 thing meal
water - 水 杯 thing drink
milk - 牛奶 杯 thing drink
tea - 茶 杯 thing drink
coffee - 咖啡 杯 thing drink
juice - 果汁 杯 thing drink
beer - 啤酒 杯 thing drink
wine - 葡萄酒 杯 thing drink
house houses 房子 座 thing building place
room rooms 房间 个 thing room
kitchen kitchens 厨房 个 thing room
bedroom bedrooms 卧室 个 thing room
bathroom bathrooms 浴室 个 thing room
garden gardens 花园 个 thing room
park parks 公园 个 thing place
library libraries 图书馆 个 thing place
school schools 学校 所 thing place
hospital hospitals 医院 家 thing place
store stores 商店 家 thing place
shop shops 商店 家 thing place
restaurant restaurants 餐馆 家 thing place
office offices 办公室 间 thing place
bank banks 银行 家 thing place
station stations 车站 个 thing place
airport airports 机场 个 thing place
zoo zoos 动物园 个 thing place
museum museums 博物馆 个 thing place
beach beaches 海滩 个 thing place
city cities 城市 座 thing place
village villages 村子 个 thing place
farm farms 农场 个 thing place
market markets 市场 个 thing place
classroom classrooms 教室 间 thing place
street streets 街道 条 thing place
road roads 路 条 thing place
bridge bridges 桥 座 thing place building
hotel hotels 酒店 家 thing place
cinema cinemas 电影院 家 thing place
supermarket supermarkets 超市 家 thing place
church churches 教堂 座 thing place building
university universities 大学 所 thing place
factory factories 工厂 家 thing place
forest forests 森林 片 thing place nature
island islands 岛 座 thing place nature
country countries 国家 个 thing place
door doors 门 扇 thing home
window windows 窗户 扇 thing home
table tables 桌子 张 thing furniture
desk desks 书桌 张 thing furniture
chair chairs 椅子 把 thing furniture
bed beds 床 张 thing furniture
sofa sofas 沙发 张 thing furniture
lamp lamps 灯 盏 thing furniture
mirror mirrors 镜子 面 thing furniture
floor floors 地板 块 thing furniture
fridge fridges 冰箱 台 thing furniture
wall walls 墙 面 thing building
box boxes 盒子 个 thing furniture portable
bag bags 包 个 thing portable
key keys 钥匙 把 thing portable
phone phones 手机 部 thing portable
computer computers 电脑 台 thing
television televisions 电视 台 thing
clock clocks 钟 个 thing
watch watches 手表 块 thing portable
cup cups 杯子 个 thing portable
bottle bottles 瓶子 个 thing portable
bowl bowls 碗 个 thing portable
plate plates 盘子 个 thing portable
knife knives 刀 把 thing portable
spoon spoons 勺子 把 thing portable
fork forks 叉子 把 thing portable
glass glasses 玻璃杯 个 thing portable
towel towels 毛巾 条 thing portable
soap - 肥皂 块 thing portable
gift gifts 礼物 份 thing portable
pen pens 笔 支 thing portable
pencil pencils 铅笔 支 thing portable
paper - 纸 张 thing portable
newspaper newspapers 报纸 份 thing portable read
magazine magazines 杂志 本 thing portable read
story stories 故事 个 thing read
email emails 邮件 封 thing read
message messages 消息 条 thing read
picture pictures 画 幅 thing portable
map maps 地图 张 thing portable
ticket tickets 票 张 thing portable
umbrella umbrellas 伞 把 thing portable
toy toys 玩具 个 thing portable
game games 游戏 个 thing
song songs 歌 首 thing
movie movies 电影 部 thing
shirt shirts 衬衫 件 thing clothes portable
dress dresses 裙子 条 thing clothes portable
coat coats 外套 件 thing clothes portable
hat hats 帽子 顶 thing clothes portable
shoe shoes 鞋 只 thing clothes portable
sock socks 袜子 只 thing clothes portable
jacket jackets 夹克 件 thing clothes portable
skirt skirts 短裙 条 thing clothes portable
glove gloves 手套 只 thing clothes portable
scarf scarves 围巾 条 thing clothes portable
bike bikes 自行车 辆 thing vehicle
bus buses 公共汽车 辆 thing vehicle
train trains 火车 列 thing vehicle
boat boats 船 条 thing vehicle
plane planes 飞机 架 thing vehicle
tree trees 树 棵 thing plant
grass - 草 片 thing plant
river rivers 河 条 thing nature
mountain mountains 山 座 thing nature
sea seas 海 片 thing nature
sun suns 太阳 个 thing nature
moon moons 月亮 个 thing nature
star stars 星星 颗 thing nature
money - 钱 笔 thing abstract
time - 时间 段 thing abstract
name names 名字 个 thing abstract
idea ideas 主意 个 thing abstract
question questions 问题 个 thing abstract
problem problems 问题 个 thing abstract
job jobs 工作 份 thing abstract
word words 词 个 thing abstract
homework - 作业 份 thing abstract
help - 帮助 个 thing abstract
weather - 天气 种 thing abstract
music - 音乐 首 thing abstract
party parties 聚会 个 thing abstract event
birthday birthdays 生日 个 thing abstract
holiday holidays 假期 个 thing abstract
class classes 课 节 thing abstract event
lesson lessons 课 节 thing abstract
test tests 考试 次 thing abstract
answer answers 答案 个 thing abstract
number numbers 号码 个 thing abstract
english - 英语 门 thing language
chinese - 中文 门 thing language
hand hands 手 只 thing body
head heads 头 个 thing body
face faces 脸 张 thing body
eye eyes 眼睛 只 thing body
ear ears 耳朵 只 thing body
hair - 头发 根 thing body
tooth teeth 牙 颗 thing body
foot feet 脚 只 thing body
nose noses 鼻子 个 thing body
mouth mouths 嘴 张 thing body
leg legs 腿 条 thing body
arm arms 胳膊 条 thing body
leaf leaves 叶子 片 thing plant
cloud clouds 云 朵 thing nature
sky - 天空 片 thing nature
wind - 风 阵 thing nature
`;

/**
 * Verbs: `base s3 past ing 中文 objects [| intransitive 中文]`. `objects` names what the verb takes
 * (see lexicon.ts `takes`), `-` for none; after `|`, the Chinese when the verb has no object
 * (`eat` alone → 吃 东西), `=` when it is the same word.
 */
const verbLines = `
drink drinks drank drinking 喝 drink | 喝 东西
cook cooks cooked cooking 做 food meal | 做饭
make makes made making 做 food meal toy
open opens opened opening 打开 home furniture portable
close closes closed closing 关上 home furniture portable
wash washes washed washing 洗 clothes body portable vehicle
clean cleans cleaned cleaning 打扫 room
want wants wanted wanting 想要 thing animal
need needs needed needing 需要 thing person
have has had having 有 portable animal family food drink vehicle clothes abstract building meal
know knows knew knowing 认识 person | 知道
meet meets met meeting 见 person
hate hates hated hating 讨厌 any
watch watches watched watching 看 movie television game
hear hears heard hearing 听见 any
bring brings brought bringing 带来 portable food drink
take takes took taking 拿 portable
sell sells sold selling 卖 thing
draw draws drew drawing 画 picture animal map | 画画
sing sings sang singing 唱 song | 唱歌
teach teaches taught teaching 教 person language | 教书
learn learns learned learning 学 language music | 学习
study studies studied studying 学习 language | 学习
understand understands understood understanding 明白 person abstract | 明白
remember remembers remembered remembering 记得 any | 记得
forget forgets forgot forgetting 忘记 any | 忘记
lose loses lost losing 丢 portable
wear wears wore wearing 穿 clothes
kill kills killed killing 杀死 animal
feed feeds fed feeding 喂 animal
miss misses missed missing 想念 person animal
wait waits waited waiting - - | 等
sleep sleeps slept sleeping - - | 睡觉
swim swims swam swimming - - | 游泳
run runs ran running - - | 跑步
walk walks walked walking - - | 散步
work works worked working - - | 工作
dance dances danced dancing - - | 跳舞
cry cries cried crying - - | 哭
laugh laughs laughed laughing - - | 笑
smile smiles smiled smiling - - | 笑
play plays played playing 玩 game toy | 玩
listen listens listened listening - - | 听
fly flies flew flying - - | 飞
win wins won winning 赢 game | 赢
rest rests rested resting - - | 休息
travel travels traveled traveling - - | 旅行
fall falls fell falling - - | 摔倒
shout shouts shouted shouting - - | 大喊
go goes went going - - | 走
come comes came coming - - | 来
leave leaves left leaving 离开 place room | 离开
worry worries worried worrying - - | 担心
stop stops stopped stopping - - | 停下
look looks looked looking - - | 看
rain rains rained raining - - | 下雨
snow snows snowed snowing - - | 下雪
live lives lived living - - | 住
kiss kisses kissed kissing 亲 person animal
hug hugs hugged hugging 拥抱 person animal
push pushes pushed pushing 推 person animal furniture vehicle
pull pulls pulled pulling 拉 person animal furniture vehicle
carry carries carried carrying 搬 furniture portable
throw throws threw throwing 扔 portable
send sends sent sending 寄 read gift
fix fixes fixed fixing 修 vehicle furniture portable
build builds built building 建 building
choose chooses chose choosing 选 any
ask asks asked asking 问 person question
answer answers answered answering 回答 question
follow follows followed following 跟着 person animal
join joins joined joining 加入 event
touch touches touched touching 摸 any
smell smells smelled smelling 闻 food drink plant
borrow borrows borrowed borrowing 借 portable vehicle
finish finishes finished finishing 完成 homework test | 完成
jump jumps jumped jumping - - | 跳
climb climbs climbed climbing 爬 nature tree | 爬
arrive arrives arrived arriving - - | 到达
start starts started starting - - | 开始
`;

/** Phrasal verbs without an object: `base s3 past ing particle 中文`. */
const phrasalLines = `
sit sits sat sitting down 坐下
stand stands stood standing up 站起来
get gets got getting up 起床
wake wakes woke waking up 醒来
come comes came coming in 进来
come comes came coming back 回来
go goes went going out 出去
go goes went going away 走开
calm calms calmed calming down 冷静
hurry hurries hurried hurrying up 快点
`;

/**
 * Adjectives: `word 中文 takes…`. `takes` lists noun tags (any, animate, things, …); `weather` lets it
 * describe the weather (`It is hot.` → 很 热 。); `color` makes it a colour (`是 绿色的`, never `很`);
 * `fact` is said with 是 (`It is true.` → 它 是 真的 。); `state` takes no 很 (`I am OK.` → 我 没事 。).
 */
const adjectiveLines = `
good 好 any
bad 坏 any
nice 好 any
beautiful 漂亮 any
pretty 漂亮 any
ugly 丑 any
tall 高 animate
short 矮 animate
long 长 things
old 老 animate
young 年轻 person
heavy 重 things
light 轻 things
cheap 便宜 things
expensive 贵 things
clean 干净 things
dirty 脏 any
fast 快 any
slow 慢 any
easy 容易 abstract
difficult 难 abstract
hard 难 abstract
important 重要 abstract
interesting 有趣 any
boring 无聊 things
funny 好笑 any
strange 奇怪 any
busy 忙 person
tired 累 person
sad 难过 person
angry 生气 person
afraid 害怕 animate
sorry 抱歉 person
glad 高兴 person
excited 兴奋 person
bored 无聊 person
thirsty 渴 animate
sleepy 困 animate
rich 富有 person
poor 穷 person
kind 善良 person
friendly 友好 animate
quiet 安静 any
careful 小心 person
strong 强壮 animate
weak 弱 animate
fat 胖 animate
thin 瘦 animate
cute 可爱 animate
brave 勇敢 animate
smart 聪明 animate
stupid 笨 animate
famous 有名 person
delicious 好吃 food
sweet 甜 food
fresh 新鲜 food
empty 空 portable
hot 热 food drink person weather
cold 冷 food drink person weather
fine 好 person
sure 确定 person
true 真的 fact
ok 没事 state person
okay 没事 state person
warm 暖和 weather
cool 凉快 weather
green 绿色 color
blue 蓝色 color
yellow 黄色 color
brown 棕色 color
purple 紫色 color
pink 粉色 color
gray 灰色 color
little 小 any
wet 湿 any
dry 干 things
soft 软 things
loud 吵 any
gentle 温柔 person
lucky 幸运 person
healthy 健康 animate
honest 诚实 person
polite 有礼貌 person
serious 认真 person
proud 骄傲 person
nervous 紧张 person
lonely 孤独 person
safe 安全 any
dangerous 危险 any
popular 受欢迎 any
sharp 锋利 portable
round 圆 things
`;

export interface NounEntry {
  sg: string;
  pl: string;
  zh: string;
  classifier: string;
  tags: string[];
}
export interface VerbEntry {
  base: string;
  s3: string;
  past: string;
  ing: string;
  zh: string | null;
  objects: string[];
  intransitive: string | null;
}
export interface PhrasalEntry {
  base: string;
  s3: string;
  past: string;
  ing: string;
  particle: string;
  zh: string;
}
export interface AdjectiveEntry {
  en: string;
  zh: string;
  /** Noun tags it describes; `weather` also lets it describe the weather (`It is hot.` → 很 热 。). */
  takes: string[];
}

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));

export const nounEntries: NounEntry[] = lines(nounLines).map(([sg, pl, zh, classifier, ...tags]) => ({
  sg: sg!,
  pl: pl === '-' ? sg! : pl!,
  zh: zh!,
  classifier: classifier!,
  tags,
}));

export const verbEntries: VerbEntry[] = lines(verbLines).map((w) => {
  const bar = w.indexOf('|');
  const [base, s3, past, ing, zh, ...objects] = bar < 0 ? w : w.slice(0, bar);
  const intr = bar < 0 ? null : w.slice(bar + 1).join(' ');
  return {
    base: base!,
    s3: s3!,
    past: past!,
    ing: ing!,
    zh: zh === '-' ? null : zh!,
    objects: objects.filter((o) => o !== '-'),
    intransitive: intr === '=' ? zh! : intr,
  };
});

export const phrasalEntries: PhrasalEntry[] = lines(phrasalLines).map(([base, s3, past, ing, particle, zh]) => ({
  base: base!,
  s3: s3!,
  past: past!,
  ing: ing!,
  particle: particle!,
  zh: zh!,
}));

export const adjectiveEntries: AdjectiveEntry[] = lines(adjectiveLines).map(([en, zh, ...takes]) => ({ en: en!, zh: zh!, takes }));
