/**
 * The open-class words of version 5 (issue 27): the nouns, verbs, adjectives and phrasal verbs among the
 * words people say most (the Dale–Chall familiar words in SUBTLEX-US's 5 000 most frequent, measured by
 * wordTarget.ts), added to version 4's (lexicon.ts, words.ts). Written in the compact line notation of
 * words.ts, grown where v5 needs more; lines in order of frequency, so what is here covers the most-used
 * words first. One canonical Chinese per word sense, the one a textbook would give; a classifier for
 * every count noun. Chosen by measurement, written by hand: no sentence of any corpus is here.
 *
 * Notation (one entry a line, fields split at spaces; `-` is an empty field):
 * - Nouns: `singular plural 中文 classifier tags…` as in words.ts (`-` for a plural spelled like the
 *   singular). New: the tag `mass` (uncountable: the classifier is its measure word, or `-`), `plural`
 *   (only plural: `pants`), `unit` (the Chinese is itself a measure word, so no classifier: 两 分钟),
 *   and the classes `time`, `weekday`, `month`, `season`, `holiday`, `subject`, `sport`, `instrument`,
 *   `machine` (what one turns on), `weapon`, `money`.
 * - Verbs: `base s3 past participle ing 中文 objects… [| alone]` — words.ts's line with the participle
 *   added. Besides noun classes, `objects` may name patterns: `that` (a clause: `I think (that) …`), `if`
 *   (`I wonder if …`), `to` (to + verb: `I decided to go.`), `object-to` (`I want you to go.`). 中文 `-`
 *   when the verb's only uses are in the tables below (a frame, a particle, a linking use).
 * - Frames: `base[+preposition…] objects… | 中文` — a verb (with its fixed preposition) whose object sits
 *   inside the Chinese at `X`: `talk+to person | 跟 X 说话`, `call person | 给 X 打电话`. Without `X` the
 *   object is part of the Chinese (`take+shower … | 洗澡`).
 * - Datives: `base | 中文` — two objects, `X` the person and `Y` the thing (`Give Tom the ball.`: 给 X Y).
 * - Linking verbs: `base 中文` — verb + adjective (`You look happy.` → 你 看起来 很 高兴).
 * - Phrasal verbs: `base s3 past participle ing particle objects… | 中文` — words.ts's phrasal line with
 *   the participle and objects (`-` for none); the object's place in the Chinese is `X`.
 * - Adjective frames: `adjective+preposition objects… | 中文` — an adjective with its fixed preposition
 *   (`afraid+of any | 害怕 X`).
 * - Adjectives: `word comparative superlative 中文 takes…` — words.ts's line with the comparison added:
 *   `more` for `more …`/`most …`, `-` for none. The Chinese is the bare word, as in words.ts (the lexicon
 *   adds 的 before a noun where it belongs), but for `fact` adjectives, said with 是 … 的. New `takes`: `situation` (describes the dummy `it`:
 *   `It's important.`), `predicative` (only after `be`), `attributive` (only before a noun).
 * - Addresses: `word 中文 kind` — names (`bob`), titles (`mr.`, after the name in Chinese: 史密斯 先生),
 *   places (`america`), terms of address (`honey` → 亲爱的).
 * - Version 4's words, grown: verbs' objects and patterns (`base objects… [| alone]`), verbs' forms
 *   (`base participle ing`), adjectives' comparison (`word comparative superlative`).
 */
import type { AdjectiveEntry, NounEntry, VerbEntry } from './words';

const nounLines = `
way ways 路 条 thing abstract
person people 人 个 person
thing things 东西 个 thing
sir sirs 先生 位 person
life lives 生活 种 thing abstract
guy guys 家伙 个 person
world worlds 世界 个 thing place
place places 地方 个 thing place
kid kids 孩子 个 person family
minute minutes 分钟 - thing time unit
business businesses 生意 笔 thing abstract
stuff - 东西 - thing mass
honey - 蜂蜜 勺 thing food mass
second seconds 秒 - thing time unit
case cases 案子 个 thing abstract
end ends 结尾 个 thing abstract
part parts 部分 个 thing abstract
town towns 小镇 个 thing place
heart hearts 心 颗 thing body
chance chances 机会 个 thing abstract
trouble troubles 麻烦 个 thing abstract
lady ladies 女士 位 person
death deaths 死亡 - thing abstract mass
fire fires 火 场 thing nature
gun guns 枪 把 thing portable weapon
captain captains 船长 位 person
line lines 线 条 thing
side sides 边 个 thing
body bodies 身体 个 thing body
reason reasons 理由 个 thing abstract
truth - 实话 - thing abstract mass
moment moments 会儿 - thing time unit
blood - 血 滴 thing body mass
ma mas 妈 位 person family
daddy daddies 爸爸 位 person family
war wars 战争 场 thing abstract event
fact facts 事实 个 thing abstract
news - 消息 条 thing abstract mass
hour hours 小时 个 thing time
food - 食物 份 thing food mass
gentleman gentlemen 先生 位 person
power - 力量 - thing abstract mass
team teams 队 支 thing
company companies 公司 家 thing place
show shows 节目 个 thing
plan plans 计划 个 thing abstract
sound sounds 声音 个 thing
date dates 约会 次 thing event
air - 空气 - thing nature mass
top tops 顶部 个 thing
dream dreams 梦 个 thing abstract
sign signs 牌子 块 thing
piece pieces 块 - thing unit
past - 过去 - thing time mass
christmas - 圣诞节 - thing time holiday mass
lie lies 谎话 个 thing abstract
step steps 步 - thing unit
bill bills 账单 张 thing read portable
law laws 法律 条 thing abstract
general generals 将军 位 person
secret secrets 秘密 个 thing abstract
report reports 报告 份 thing read
state states 州 个 thing place
major majors 少校 位 person
fault faults 错 个 thing abstract
mama mamas 妈妈 位 person family
officer officers 警官 位 person
american americans 美国人 个 person
mistake mistakes 错误 个 thing abstract
wedding weddings 婚礼 场 thing event
clothes - 衣服 件 thing clothes portable plural
court courts 法院 个 thing place
earth - 地球 个 thing nature
ship ships 船 艘 thing vehicle
club clubs 俱乐部 个 thing place
attention - 注意力 - thing abstract mass
pain pains 疼痛 - thing abstract mass
choice choices 选择 个 thing abstract
stick sticks 棍子 根 thing portable
honor - 荣誉 - thing abstract mass
month months 月 个 thing time
ring rings 戒指 枚 thing portable
present presents 礼物 份 thing portable
fool fools 傻瓜 个 person
surprise surprises 惊喜 个 thing abstract
land - 土地 片 thing nature mass
master masters 主人 个 person
voice voices 声音 个 thing
rock rocks 石头 块 thing nature portable
bar bars 酒吧 家 thing place
army armies 军队 支 thing
record records 唱片 张 thing portable
card cards 卡片 张 thing portable read
college colleges 大学 所 thing place
history - 历史 门 thing abstract subject mass
apartment apartments 公寓 套 thing building place
trip trips 旅行 次 thing event
mark marks 记号 个 thing
accident accidents 事故 起 thing event
pleasure - 乐趣 - thing abstract mass
list lists 清单 张 thing read portable
service - 服务 - thing abstract mass
difference differences 区别 个 thing abstract
judge judges 法官 位 person
ice - 冰 块 thing mass
lawyer lawyers 律师 位 person
age ages 年龄 - thing abstract mass
gold - 金子 块 thing mass
seat seats 座位 个 thing furniture
summer summers 夏天 个 thing time season
angel angels 天使 个 person
mess messes 烂摊子 个 thing abstract
chief chiefs 长官 位 person
radio radios 收音机 台 thing machine
marriage marriages 婚姻 段 thing abstract
brain brains 脑子 个 thing body
soul souls 灵魂 个 thing abstract
partner partners 搭档 个 person
group groups 组 个 thing
joke jokes 笑话 个 thing abstract
truck trucks 卡车 辆 thing vehicle
ground - 地面 - thing place mass
cash - 现金 笔 thing money mass
art - 艺术 门 thing abstract subject mass
favor favors 忙 个 thing abstract
jail jails 监狱 座 thing place building
machine machines 机器 台 thing machine
field fields 田地 块 thing place nature
peace - 和平 - thing abstract mass
french - 法语 门 thing language mass
fear fears 恐惧 种 thing abstract
tape tapes 胶带 卷 thing portable
suit suits 西装 套 thing clothes portable
gas - 汽油 - thing mass
pop pops 爸爸 位 person family
space - 空间 - thing abstract mass
prison prisons 监狱 座 thing place building
smoke - 烟 股 thing mass
film films 电影 部 thing
government governments 政府 个 thing
south - 南方 - thing place mass
north - 北方 - thing place mass
west - 西方 - thing place mass
east - 东方 - thing place mass
board boards 木板 块 thing portable
race races 比赛 场 thing event
spot spots 地点 个 thing place
flight flights 航班 个 thing
neck necks 脖子 个 thing body
pants - 裤子 条 thing clothes portable plural
fellow fellows 伙计 个 person
hole holes 洞 个 thing
guard guards 警卫 个 person
pal pals 伙计 个 person
lock locks 锁 把 thing portable
track tracks 跑道 条 thing place
cell cells 手机 部 thing portable machine
note notes 便条 张 thing read portable
band bands 乐队 支 thing
price prices 价格 个 thing abstract
rose roses 玫瑰 朵 thing plant portable
magic - 魔法 - thing abstract mass
corner corners 角落 个 thing place
address addresses 地址 个 thing abstract
hall halls 大厅 个 thing room
level levels 水平 个 thing abstract
camp camps 营地 个 thing place
duty duties 责任 个 thing abstract
bottom bottoms 底部 个 thing place
hero heroes 英雄 个 person
match matches 比赛 场 thing event
spirit spirits 精神 种 thing abstract
cousin cousins 表亲 个 person family
cream - 奶油 勺 thing food mass
ice-cream - 冰淇淋 - thing food mass
enemy enemies 敌人 个 person
beauty - 美 - thing abstract mass
rule rules 规则 条 thing abstract
friday fridays 星期五 个 thing time weekday
saturday saturdays 星期六 个 thing time weekday
sunday sundays 星期天 个 thing time weekday
monday mondays 星期一 个 thing time weekday
coach coaches 教练 位 person
trick tricks 把戏 个 thing abstract
pool pools 游泳池 个 thing place
weapon weapons 武器 件 thing portable weapon
faith - 信心 - thing abstract mass
size sizes 尺寸 个 thing abstract
center centers 中心 个 thing place
grandma grandmas 奶奶 位 person family
stage stages 舞台 个 thing place
animal animals 动物 只 animal
prince princes 王子 位 person
breath breaths 气 口 thing body
account accounts 账户 个 thing abstract
tie ties 领带 条 thing clothes portable
skin - 皮肤 - thing body mass
file files 文件 份 thing read
danger - 危险 - thing abstract mass
form forms 表格 张 thing read portable
papa papas 爸爸 位 person family
battle battles 战斗 场 thing event
shame - 遗憾 - thing abstract mass
devil devils 魔鬼 个 person
speed - 速度 - thing abstract mass
shower showers 淋浴 次 thing event
oil - 油 - thing mass
chest chests 胸口 个 thing body
stone stones 石头 块 thing nature portable
block blocks 街区 个 thing place
health - 健康 - thing abstract mass
manager managers 经理 位 person
guest guests 客人 位 person
princess princesses 公主 位 person
color colors 颜色 种 thing abstract
bell bells 铃 个 thing
soldier soldiers 士兵 个 person
butt butts 屁股 个 thing body
view views 景色 - thing nature mass
bullet bullets 子弹 颗 thing portable weapon
speech speeches 演讲 次 thing event
hook hooks 钩子 个 thing portable
hill hills 小山 座 thing nature place
football footballs 足球 个 thing toy sport portable
page pages 页 - thing unit read
crowd crowds 人 群 thing
subject subjects 科目 门 thing abstract
mail - 邮件 封 thing read mass
neighborhood neighborhoods 街区 个 thing place
finger fingers 手指 根 thing body
throat throats 喉咙 个 thing body
lake lakes 湖 个 thing nature place
cab cabs 出租车 辆 thing vehicle
pocket pockets 口袋 个 thing
roof roofs 屋顶 个 thing building
base bases 基地 个 thing place
fan fans 粉丝 个 person
language languages 语言 种 thing abstract language
noise - 噪音 - thing abstract mass
rent - 房租 笔 thing money mass
medicine - 药 片 thing mass
county counties 县 个 thing place
toast - 吐司 片 thing food mass
lane lanes 小路 条 thing place
jerk jerks 混蛋 个 person
freedom - 自由 - thing abstract mass
crack cracks 裂缝 道 thing
defense - 防守 - thing abstract mass
rat rats 老鼠 只 animal
grandpa grandpas 爷爷 位 person family
telephone telephones 电话 部 thing portable machine
safety - 安全 - thing abstract mass
gate gates 大门 扇 thing home building
engine engines 发动机 台 thing machine
square squares 广场 个 thing place
silver - 银子 块 thing mass
season seasons 季节 个 thing time
spring springs 春天 个 thing time season
mayor mayors 市长 位 person
winner winners 赢家 个 person
tongue tongues 舌头 条 thing body
leader leaders 领导 位 person
bath baths 澡 个 thing event
storm storms 暴风雨 场 thing nature
score scores 分数 个 thing abstract
ocean oceans 大海 片 thing nature place
shape shapes 形状 个 thing abstract
gang gangs 帮派 个 thing
alarm alarms 闹钟 个 thing machine
fortune - 财富 笔 thing abstract mass
grade grades 成绩 个 thing abstract
painting paintings 画 幅 thing picture portable
loss losses 损失 个 thing abstract
woods - 树林 片 thing nature place plural
toilet toilets 厕所 间 thing room
meal meals 饭 顿 thing meal
member members 成员 个 person
shock - 震惊 - thing abstract mass
pie pies 馅饼 个 thing food
artist artists 艺术家 位 person
joy - 快乐 - thing abstract mass
midnight - 午夜 - thing time mass
button buttons 按钮 个 thing
switch switches 开关 个 thing machine
desert deserts 沙漠 片 thing nature place
dollar dollars 美元 - thing money unit
witch witches 女巫 个 person
tip tips 小费 笔 thing money
plant plants 植物 棵 thing plant
birth - 出生 - thing abstract mass
wire wires 电线 根 thing
bull bulls 公牛 头 animal
garage garages 车库 个 thing room place
loser losers 失败者 个 person
closet closets 衣柜 个 thing furniture
giant giants 巨人 个 person
wheel wheels 轮子 个 thing
light lights 灯 盏 thing machine
sense - 道理 - thing abstract mass
middle - 中间 - thing place mass
heaven - 天堂 - thing place mass
heat - 热气 - thing mass
post posts 柱子 根 thing
tear tears 眼泪 滴 thing body
stranger strangers 陌生人 个 person
wood - 木头 块 thing mass
kitty kitties 小猫 只 animal
coast coasts 海岸 个 thing nature place
lover lovers 情人 个 person
cigarette cigarettes 香烟 支 thing portable
wound wounds 伤口 个 thing body
row rows 排 - thing unit
grave graves 坟墓 座 thing place
winter winters 冬天 个 thing time season
shoulder shoulders 肩膀 个 thing body
sword swords 剑 把 thing portable weapon
chick chicks 小鸡 只 animal
garbage - 垃圾 袋 thing mass
bone bones 骨头 根 thing body
quarter quarters 刻 - thing time unit
dirt - 泥土 - thing nature mass
navy navies 海军 支 thing
tank tanks 坦克 辆 thing vehicle
golf - 高尔夫球 - thing sport mass
dawn - 黎明 - thing time mass
stock stocks 股票 只 thing money
sale sales 促销 次 thing event
silence - 安静 - thing abstract mass
baseball baseballs 棒球 个 thing toy sport portable
outfit outfits 衣服 套 thing clothes portable
yard yards 院子 个 thing place room
valley valleys 山谷 个 thing nature place
robin robins 知更鸟 只 animal
piano pianos 钢琴 架 thing instrument
uniform uniforms 制服 套 thing clothes portable
doll dolls 娃娃 个 thing toy portable
amount amounts 数量 个 thing abstract
path paths 小路 条 thing place
poison - 毒药 瓶 thing mass
beast beasts 野兽 只 animal
happiness - 幸福 - thing abstract mass
belt belts 腰带 条 thing clothes portable
penny pennies 一分硬币 枚 thing money portable
thief thieves 小偷 个 person
bay bays 海湾 个 thing nature place
bride brides 新娘 个 person
thursday thursdays 星期四 个 thing time weekday
direction directions 方向 个 thing abstract
theater theaters 剧院 家 thing place
march - 三月 - thing time month mass
tail tails 尾巴 条 thing body
pa pas 爸 位 person family
dust - 灰尘 - thing mass
trap traps 陷阱 个 thing
tuesday tuesdays 星期二 个 thing time weekday
deck decks 甲板 块 thing place
edge edges 边缘 个 thing place
pity - 可惜 - thing abstract mass
couch couches 沙发 张 thing furniture
screen screens 屏幕 块 thing
owner owners 主人 个 person
nerve nerves 神经 条 thing body
tower towers 塔 座 thing building place
friendship friendships 友谊 段 thing abstract
maid maids 女佣 个 person
package packages 包裹 个 thing portable
rope ropes 绳子 条 thing portable
turkey turkeys 火鸡 只 animal
pot pots 锅 口 thing portable
prize prizes 奖品 个 thing portable
flesh - 肉 - thing body mass
downtown - 市中心 - thing place mass
sweat - 汗 滴 thing body mass
fruit fruits 水果 个 thing food
underwear - 内衣 件 thing clothes portable mass
cliff cliffs 悬崖 个 thing nature place
castle castles 城堡 座 thing building place
value - 价值 - thing abstract mass
circle circles 圆圈 个 thing
glory - 荣耀 - thing abstract mass
victory victories 胜利 次 thing event
route routes 路线 条 thing
wave waves 浪 个 thing nature
chain chains 链子 条 thing portable
shadow shadows 影子 个 thing
horn horns 角 只 thing body
basement basements 地下室 个 thing room
mile miles 英里 - thing unit
bug bugs 虫子 只 animal
champion champions 冠军 个 person
diamond diamonds 钻石 颗 thing portable
april - 四月 - thing time month mass
bat bats 球棒 根 thing toy portable
chip chips 薯片 片 thing food
sentence sentences 句子 个 thing read
sand - 沙子 粒 thing nature mass
desire desires 欲望 种 thing abstract
cage cages 笼子 个 thing portable
wing wings 翅膀 只 thing body
pet pets 宠物 只 animal
journey journeys 旅程 段 thing event
fever - 发烧 - thing abstract mass
sport sports 运动 项 thing sport
loan loans 贷款 笔 thing money
shore shores 岸边 个 thing nature place
soda sodas 汽水 瓶 thing drink
trunk trunks 后备箱 个 thing
mask masks 面具 个 thing portable
purse purses 钱包 个 thing portable
beef - 牛肉 块 thing food mass
cabin cabins 小木屋 间 thing building place
metal metals 金属 种 thing mass
anger - 愤怒 - thing abstract mass
trace traces 痕迹 个 thing
pipe pipes 管子 根 thing
supper suppers 晚饭 顿 thing meal
palace palaces 宫殿 座 thing building place
laundry - 衣服 堆 thing clothes mass
treasure treasures 宝藏 个 thing
cowboy cowboys 牛仔 个 person
june - 六月 - thing time month mass
fashion - 时尚 - thing abstract mass
cap caps 帽子 顶 thing clothes portable
nail nails 钉子 颗 thing portable
thanksgiving - 感恩节 - thing time holiday mass
title titles 标题 个 thing read
bunny bunnies 兔子 只 animal
steel - 钢 - thing mass
slave slaves 奴隶 个 person
hunter hunters 猎人 个 person
bible bibles 圣经 本 thing read portable
wednesday wednesdays 星期三 个 thing time weekday
surface surfaces 表面 个 thing
noon - 中午 - thing time mass
reward rewards 奖励 个 thing abstract
iron - 铁 - thing mass
saint saints 圣人 位 person
tunnel tunnels 隧道 条 thing place
highway highways 公路 条 thing place
guide guides 导游 位 person
wagon wagons 马车 辆 thing vehicle
background backgrounds 背景 个 thing abstract
ranch ranches 牧场 个 thing place
darkness - 黑暗 - thing abstract mass
flag flags 旗子 面 thing portable
tent tents 帐篷 顶 thing portable
term terms 学期 个 thing time
patch patches 补丁 块 thing
fuel - 燃料 - thing mass
circus circuses 马戏团 个 thing place
sink sinks 水池 个 thing furniture
avenue avenues 大街 条 thing place
tone tones 语气 种 thing abstract
youth - 青春 - thing abstract mass
goal goals 目标 个 thing abstract
fairy fairies 仙女 个 person
liberty - 自由 - thing abstract mass
pin pins 别针 枚 thing portable
alley alleys 小巷 条 thing place
dancer dancers 舞者 个 person
steak steaks 牛排 块 thing food
honeymoon honeymoons 蜜月 个 thing event
blast blasts 爆炸 次 thing event
whiskey - 威士忌 杯 thing drink mass
fence fences 篱笆 道 thing building
powder - 粉 - thing mass
gear - 装备 套 thing mass
sin sins 罪 种 thing abstract
dough - 面团 块 thing food mass
clown clowns 小丑 个 person
prayer prayers 祷告 个 thing abstract
pearl pearls 珍珠 颗 thing portable
nut nuts 坚果 颗 thing food
tune tunes 曲子 首 thing
charm - 魅力 - thing abstract mass
exit exits 出口 个 thing place
net nets 网 张 thing
whistle whistles 哨子 个 thing portable
kingdom kingdoms 王国 个 thing place
fort forts 堡垒 座 thing building place
hip hips 臀部 个 thing body
hood hoods 兜帽 个 thing clothes
junk - 废物 堆 thing mass
flash flashes 闪光 道 thing
badge badges 徽章 枚 thing portable
customer customers 顾客 位 person
furniture - 家具 件 thing furniture mass
valentine valentines 情人节卡片 张 thing read portable
host hosts 主人 个 person
mud - 泥 - thing nature mass
seal seals 海豹 只 animal
knee knees 膝盖 个 thing body
tax taxes 税 笔 thing money
habit habits 习惯 个 thing abstract
lad lads 小伙子 个 person
coward cowards 胆小鬼 个 person
liver livers 肝 个 thing body
corn - 玉米 根 thing food mass
childhood - 童年 - thing time mass
cotton - 棉花 - thing mass
lightning - 闪电 道 thing nature mass
bush bushes 灌木 丛 thing plant
headache headaches 头疼 次 thing abstract
rubber - 橡胶 - thing mass
cave caves 山洞 个 thing nature place
counter counters 柜台 个 thing furniture
aid - 援助 - thing abstract mass
pound pounds 磅 - thing unit
tag tags 标签 个 thing portable
sweater sweaters 毛衣 件 thing clothes portable
drill drills 钻 把 thing portable
crown crowns 王冠 顶 thing portable
baker bakers 面包师 位 person
wreck wrecks 残骸 个 thing
poem poems 诗 首 thing read
tennis - 网球 - thing sport mass
leather - 皮革 块 thing mass
barn barns 谷仓 个 thing building place
cherry cherries 樱桃 颗 thing food
jam - 果酱 瓶 thing food mass
daisy daisies 雏菊 朵 thing plant portable
lap laps 大腿 条 thing body
steam - 蒸汽 - thing mass
adventure adventures 冒险 次 thing event
gum - 口香糖 块 thing food mass
citizen citizens 公民 个 person
thunder - 雷 声 thing nature mass
pit pits 坑 个 thing place
shell shells 贝壳 个 thing portable
cattle - 牛 头 animal plural
hut huts 小屋 间 thing building place
pile piles 堆 - thing unit
basket baskets 篮子 个 thing portable
whip whips 鞭子 根 thing portable
motor motors 马达 台 thing machine
rap - 说唱 首 thing mass
goose geese 鹅 只 animal
drawer drawers 抽屉 个 thing furniture
blanket blankets 毯子 条 thing portable
sack sacks 袋子 个 thing portable
clerk clerks 店员 个 person
parade parades 游行 次 thing event
hawk hawks 鹰 只 animal
task tasks 任务 个 thing abstract
capital capitals 首都 个 thing place
chin chins 下巴 个 thing body
tub tubs 浴缸 个 thing furniture
toe toes 脚趾 个 thing body
string strings 绳子 根 thing portable
nap naps 午觉 个 thing event
pump pumps 泵 台 thing machine
beard beards 胡子 把 thing body
pole poles 杆子 根 thing
hammer hammers 锤子 把 thing portable
railroad railroads 铁路 条 thing place
sailor sailors 水手 个 person
inch inches 英寸 - thing unit
tire tires 轮胎 个 thing
lawn lawns 草坪 块 thing place room
peanut peanuts 花生 颗 thing food
goods - 货物 批 thing plural mass
pan pans 平底锅 口 thing portable
servant servants 仆人 个 person
brass - 黄铜 - thing mass
july - 七月 - thing time month mass
dime dimes 一角硬币 枚 thing money portable
lemon lemons 柠檬 个 thing food
hail - 冰雹 场 thing nature mass
tale tales 故事 个 thing read
clay - 黏土 块 thing mass
log logs 木头 根 thing
needle needles 针 根 thing portable
buffalo buffaloes 水牛 头 animal
bacon - 培根 片 thing food mass
sunshine - 阳光 - thing nature mass
rocket rockets 火箭 枚 thing vehicle
thumb thumbs 大拇指 个 thing body
pill pills 药片 颗 thing portable
weed weeds 杂草 棵 thing plant
policeman policemen 警察 个 person
picnic picnics 野餐 次 thing event meal
engineer engineers 工程师 位 person
sheet sheets 床单 条 thing portable
ham - 火腿 片 thing food mass
eagle eagles 老鹰 只 animal
dish dishes 盘子 个 thing portable
puppy puppies 小狗 只 animal
electricity - 电 - thing mass
perfume - 香水 瓶 thing portable mass
temper - 脾气 - thing abstract mass
pillow pillows 枕头 个 thing portable
creep creeps 怪人 个 person
dentist dentists 牙医 位 person
boot boots 靴子 只 thing clothes portable
nest nests 窝 个 thing
shed sheds 棚子 间 thing building place
column columns 柱子 根 thing
airplane airplanes 飞机 架 thing vehicle
clothing - 衣服 件 thing clothes mass
pumpkin pumpkins 南瓜 个 thing food
comic comics 漫画 本 thing read portable
deposit deposits 押金 笔 thing money
passenger passengers 乘客 位 person
lip lips 嘴唇 个 thing body
tool tools 工具 件 thing portable
barrel barrels 桶 个 thing portable
lamb lambs 小羊 只 animal
payment payments 付款 笔 thing money
pork - 猪肉 块 thing food mass
collar collars 领子 个 thing clothes
root roots 根 条 thing plant
twin twins 双胞胎 个 person
plug plugs 插头 个 thing
rug rugs 地毯 块 thing furniture
sunset sunsets 日落 - thing nature time mass
curtain curtains 窗帘 条 thing home
august - 八月 - thing time month mass
brick bricks 砖 块 thing
worm worms 虫子 条 animal
spider spiders 蜘蛛 只 animal
branch branches 树枝 根 thing plant
envelope envelopes 信封 个 thing portable
pistol pistols 手枪 把 thing portable weapon
bucket buckets 水桶 个 thing portable
october - 十月 - thing time month mass
ash ashes 灰 堆 thing mass
silk - 丝绸 块 thing mass
dock docks 码头 个 thing place
coin coins 硬币 枚 thing money portable
bench benches 长椅 张 thing furniture
ape apes 猩猩 只 animal
porch porches 门廊 个 thing room place
mill mills 磨坊 座 thing building place
cent cents 分 - thing money unit
chart charts 图表 张 thing read
fog - 雾 场 thing nature mass
cellar cellars 地窖 个 thing room
height - 身高 - thing abstract mass
ladder ladders 梯子 把 thing portable
web webs 网 张 thing
hint hints 提示 个 thing abstract
popcorn - 爆米花 桶 thing food mass
cart carts 推车 辆 thing vehicle
flame flames 火焰 团 thing
wax - 蜡 - thing mass
kindness - 善良 - thing abstract mass
swamp swamps 沼泽 片 thing nature place
stall stalls 摊位 个 thing place
weakness weaknesses 弱点 个 thing abstract
creek creeks 小溪 条 thing nature place
oven ovens 烤箱 台 thing machine furniture
pepper - 胡椒 - thing food mass
november - 十一月 - thing time month mass
september - 九月 - thing time month mass
visitor visitors 访客 位 person
beam beams 光束 道 thing
cannon cannons 大炮 门 thing weapon
balloon balloons 气球 个 thing toy portable
tin tins 罐头 个 thing food portable
throne thrones 宝座 个 thing furniture
drain drains 下水道 个 thing
slice slices 片 - thing unit
butcher butchers 屠夫 个 person
robe robes 长袍 件 thing clothes portable
drum drums 鼓 面 thing instrument
nickel nickels 五分硬币 枚 thing money portable
haircut haircuts 理发 次 thing event
inn inns 旅馆 家 thing place building
ceiling ceilings 天花板 块 thing building
cabinet cabinets 柜子 个 thing furniture
doorbell doorbells 门铃 个 thing
cane canes 拐杖 根 thing portable
jar jars 罐子 个 thing portable
fur - 毛 - thing body mass
cape capes 斗篷 件 thing clothes portable
canyon canyons 峡谷 个 thing nature place
brush brushes 刷子 把 thing portable
sight - 视力 - thing body mass
spike spikes 尖刺 根 thing
frame frames 相框 个 thing portable
sum sums 金额 笔 thing money
carpet carpets 地毯 块 thing furniture
harbor harbors 港口 个 thing place
helmet helmets 头盔 顶 thing clothes portable
vessel vessels 船只 艘 thing vehicle
`;

const verbLines = `
think thinks thought thought thinking 觉得 that | 想
tell tells told told telling 告诉 person that object-to
say says said said saying 说 that word
mean means meant meant meaning 意思是 that
give gives gave given giving 给 things
call calls called called calling - - | 打电话
talk talks talked talked talking - - | 说话
put puts put put putting 放 portable food drink
keep keeps kept kept keeping 留着 portable animal
feel feels felt felt feeling 觉得 that
believe believes believed believed believing 相信 person abstract that | 相信
stay stays stayed stayed staying - - | 留下
show shows showed shown showing - -
care cares cared cared caring - - | 在乎
get gets got gotten getting 得到 things
try tries tried tried trying 试 things to | 试
own owns owned owned owning 拥有 things animal
guess guesses guessed guessed guessing 猜 that | 猜
hold holds held held holding 拿着 portable
move moves moved moved moving 搬 furniture portable | 动
matter matters mattered mattered mattering - - | 要紧
use uses used used using 用 things
hope hopes hoped hoped hoping 希望 that to | 希望
cause causes caused caused causing 造成 abstract
turn turns turned turned turning 转 things | 转身
check checks checked checked checking 检查 things | 检查
hit hits hit hit hitting 打 animate things
end ends ended ended ending - - | 结束
shut shuts shut shut shutting 关上 home furniture portable
deal deals dealt dealt dealing - -
die dies died died dying - - | 死
pay pays paid paid paying 付 money bill rent | 付钱
happen happens happened happened happening - - | 发生
hurt hurts hurt hurt hurting 伤害 animate | 疼
change changes changed changed changing 换 clothes things | 变
marry marries married married marrying - - | 结婚
point points pointed pointed pointing - - | 指
wish wishes wished wished wishing 希望 that
set sets set set setting 放 portable
cut cuts cut cut cutting 切 food
shoot shoots shot shot shooting - - | 开枪
break breaks broke broken breaking 打破 portable home furniture
fight fights fought fought fighting - - | 打架
pick picks picked picked picking 挑 things | 挑
speak speaks spoke spoken speaking 说 language | 说话
trust trusts trusted trusted trusting 信任 animate
bet bets bet bet betting 敢说 that | 打赌
save saves saved saved saving 救 animate
order orders ordered ordered ordering 点 food drink meal | 点菜
drive drives drove driven driving 开 vehicle | 开车
promise promises promised promised promising 保证 that to | 保证
hang hangs hung hung hanging 挂 clothes picture portable
plan plans planned planned planning 计划 to
sound sounds sounded sounded sounding - -
seem seems seemed seemed seeming - -
ride rides rode ridden riding 骑 bike horse | 骑车
dream dreams dreamed dreamed dreaming 梦见 any | 做梦
sign signs signed signed signing 签 read
beat beats beat beaten beating 打败 animate
drop drops dropped dropped dropping 弄掉 portable
suppose supposes supposed supposed supposing 想 that
lie lies lied lied lying - - | 说谎
wonder wonders wondered wondered wondering 想知道 if
become becomes became become becoming 成为 person
murder murders murdered murdered murdering 谋杀 person
explain explains explained explained explaining 解释 abstract | 解释
act acts acted acted acting - - | 表演
handle handles handled handled handling 处理 abstract
pass passes passed passed passing 通过 test
expect expects expected expected expecting 期待 abstract event that object-to
blow blows blew blown blowing - - | 吹
stick sticks stuck stuck sticking 贴 picture paper note
cover covers covered covered covering 盖 things
spend spends spent spent spending 花 money time
ring rings rang rung ringing - - | 响
return returns returned returned returning 还 portable | 回来
quit quits quit quit quitting 辞掉 job | 放弃
count counts counted counted counting 数 things | 数数
charge charges charged charged charging - -
swear swears swore sworn swearing 发誓 that | 发誓
land lands landed landed landing - - | 降落
record records recorded recorded recording 录 song movie
lead leads led led leading 带领 animate | 带路
enjoy enjoys enjoyed enjoyed enjoying 享受 things abstract event meal
forgive forgives forgave forgiven forgiving 原谅 person
attack attacks attacked attacked attacking 攻击 animate place
offer offers offered offered offering 提供 things
owe owes owed owed owing 欠 money
kick kicks kicked kicked kicking 踢 animate portable
joke jokes joked joked joking - - | 开玩笑
grab grabs grabbed grabbed grabbing 抓 portable
prove proves proved proven proving 证明 that abstract
protect protects protected protected protecting 保护 any
hide hides hid hidden hiding 藏 portable | 躲起来
share shares shared shared sharing 分享 things
bother bothers bothered bothered bothering 打扰 person
smoke smokes smoked smoked smoking - - | 抽烟
knock knocks knocked knocked knocking - - | 敲门
agree agrees agreed agreed agreeing 同意 that | 同意
roll rolls rolled rolled rolling 滚 ball | 滚
grow grows grew grown growing 种 plant | 长大
notice notices noticed noticed noticing 注意到 any that
blame blames blamed blamed blaming 怪 person
lay lays laid laid laying 放 portable
fit fits fit fit fitting - - | 合适
begin begins began begun beginning - - to | 开始
reach reaches reached reached reaching 到达 place
lock locks locked locked locking 锁 home vehicle portable
dare dares dared dared daring 敢 to
burn burns burned burned burning 烧 things | 着火
raise raises raised raised raising 举起 hand portable
cross crosses crossed crossed crossing 过 street road bridge river
cost costs cost cost costing 花 money
steal steals stole stolen stealing 偷 things
waste wastes wasted wasted wasting 浪费 money time food
accept accepts accepted accepted accepting 接受 any
copy copies copied copied copying 复制 read picture
treat treats treated treated treating 请 person | 请客
taste tastes tasted tasted tasting 尝 food drink
beg begs begged begged begging 求 person
decide decides decided decided deciding 决定 to that | 决定
breathe breathes breathed breathed breathing - - | 呼吸
search searches searched searched searching 搜查 place room | 找
destroy destroys destroyed destroyed destroying 毁掉 things
dig digs dug dug digging 挖 hole | 挖
allow allows allowed allowed allowing 允许 object-to
belong belongs belonged belonged belonging - -
escape escapes escaped escaped escaping - - | 逃跑
fill fills filled filled filling 装满 portable
pack packs packed packed packing 收拾 bag | 收拾行李
deserve deserves deserved deserved deserving 应得 abstract
settle settles settled settled settling - -
bite bites bit bitten biting 咬 animate food
shake shakes shook shaken shaking 摇 portable | 发抖
serve serves served served serving 端上 food drink meal
remind reminds reminded reminded reminding 提醒 person
paint paints painted painted painting 刷 building home | 画画
spell spells spelled spelled spelling 拼 word | 拼写
pray prays prayed prayed praying - - | 祈祷
trade trades traded traded trading 换 things
bless blesses blessed blessed blessing 保佑 person
rent rents rented rented renting 租 building vehicle
vote votes voted voted voting - - | 投票
lift lifts lifted lifted lifting 举起 things
scare scares scared scared scaring 吓 animate
prepare prepares prepared prepared preparing 准备 meal food | 准备
remain remains remained remained remaining - - | 留下
add adds added added adding 加 food drink
damage damages damaged damaged damaging 损坏 things
repeat repeats repeated repeated repeating 重复 word | 重复
freeze freezes froze frozen freezing 冻 food | 结冰
harm harms harmed harmed harming 伤害 animate
rush rushes rushed rushed rushing - - | 急
spread spreads spread spread spreading 涂 food
shop shops shopped shopped shopping - - | 购物
enter enters entered entered entering 进入 place room
punch punches punched punched punching 打 animate
invite invites invited invited inviting 邀请 person
load loads loaded loaded loading 装 vehicle
dump dumps dumped dumped dumping 扔 things
crash crashes crashed crashed crashing - - | 撞车
switch switches switched switched switching 换 things
plant plants planted planted planting 种 plant
rise rises rose risen rising - - | 升起
tear tears tore torn tearing 撕 paper read clothes
drag drags dragged dragged dragging 拖 things
scream screams screamed screamed screaming - - | 尖叫
swing swings swung swung swinging 挥 portable | 荡秋千
slip slips slipped slipped slipping - - | 滑倒
hunt hunts hunted hunted hunting 猎 animal | 打猎
hire hires hired hired hiring 雇 person
warn warns warned warned warning 警告 person that object-to
fail fails failed failed failing - - | 失败
appear appears appeared appeared appearing - - | 出现
rob robs robbed robbed robbing 抢 place person
suffer suffers suffered suffered suffering - - | 受苦
remove removes removed removed removing 拿走 portable
wave waves waved waved waving - - | 挥手
skip skips skipped skipped skipping 跳过 meal class lesson
refuse refuses refused refused refusing 拒绝 any to | 拒绝
cure cures cured cured curing 治好 animate
bury buries buried buried burying 埋 things animate
shine shines shone shone shining - - | 照耀
bow bows bowed bowed bowing - - | 鞠躬
exchange exchanges exchanged exchanged exchanging 交换 things
rip rips ripped ripped ripping 撕 paper clothes
print prints printed printed printing 打印 read picture
receive receives received received receiving 收到 read gift things
spit spits spat spat spitting - - | 吐口水
hop hops hopped hopped hopping - - | 跳
scratch scratches scratched scratched scratching 挠 body
defend defends defended defended defending 保卫 any
cheer cheers cheered cheered cheering - - | 欢呼
yell yells yelled yelled yelling - - | 大喊
fire fires fired fired firing 解雇 person | 开火
seek seeks sought sought seeking 寻找 any
pat pats patted patted patting 拍 animate
iron irons ironed ironed ironing 熨 clothes
slide slides slid slid sliding - - | 滑
wrap wraps wrapped wrapped wrapping 包 gift portable
cheat cheats cheated cheated cheating 骗 person | 作弊
snap snaps snapped snapped snapping - - | 断
comfort comforts comforted comforted comforting 安慰 person
describe describes described described describing 描述 any
sink sinks sank sunk sinking - - | 沉
wipe wipes wiped wiped wiping 擦 furniture home body
crush crushes crushed crushed crushing 压碎 things
mix mixes mixed mixed mixing 混合 food drink
behave behaves behaved behaved behaving - - | 守规矩
buzz buzzes buzzed buzzed buzzing - - | 嗡嗡叫
gather gathers gathered gathered gathering 收集 things | 聚集
pitch pitches pitched pitched pitching 投 ball
arrange arranges arranged arranged arranging 安排 event abstract
rub rubs rubbed rubbed rubbing 揉 body
earn earns earned earned earning 挣 money
pour pours poured poured pouring 倒 drink
squeeze squeezes squeezed squeezed squeezing 挤 food portable
bend bends bent bent bending 弯 things | 弯腰
aim aims aimed aimed aiming 瞄准 animate things | 瞄准
review reviews reviewed reviewed reviewing 复习 lesson subject language | 复习
tap taps tapped tapped tapping 轻敲 things
stretch stretches stretched stretched stretching - - | 伸懒腰
spin spins spun spun spinning - - | 转
flip flips flipped flipped flipping 翻 things
admire admires admired admired admiring 欣赏 any
brush brushes brushed brushed brushing 刷 tooth hair | 刷牙
attend attends attended attended attending 参加 event class
shave shaves shaved shaved shaving - - | 刮胡子
flow flows flowed flowed flowing - - | 流
sail sails sailed sailed sailing - - | 航行
gain gains gained gained gaining 获得 abstract
chop chops chopped chopped chopping 砍 tree wood
dive dives dove dived diving - - | 跳水
hatch hatches hatched hatched hatching - - | 孵出来
swallow swallows swallowed swallowed swallowing 吞 food
insult insults insulted insulted insulting 侮辱 person
slap slaps slapped slapped slapping 扇 person
toss tosses tossed tossed tossing 扔 portable
bump bumps bumped bumped bumping 撞 things animate
discover discovers discovered discovered discovering 发现 any that
crawl crawls crawled crawled crawling - - | 爬
lend lends lent lent lending 借给 things
spoil spoils spoiled spoiled spoiling 宠坏 animate
defeat defeats defeated defeated defeating 打败 animate
heal heals healed healed healing 治好 animate | 愈合
lick licks licked licked licking 舔 food body
face faces faced faced facing 面对 any
drown drowns drowned drowned drowning - - | 淹死
measure measures measured measured measuring 量 things
lean leans leaned leaned leaning - - | 靠
leak leaks leaked leaked leaking - - | 漏水
bleed bleeds bled bled bleeding - - | 流血
stare stares stared stared staring - - | 盯着看
depend depends depended depended depending - - | 看情况
bounce bounces bounced bounced bouncing - - | 弹
roast roasts roasted roasted roasting 烤 food
light lights lit lit lighting 点 fire cigarette
punish punishes punished punished punishing 惩罚 animate
polish polishes polished polished polishing 擦亮 things
connect connects connected connected connecting 连接 things
sweep sweeps swept swept sweeping 扫 room floor | 扫地
smack smacks smacked smacked smacking 打 animate
praise praises praised praised praising 表扬 person
chew chews chewed chewed chewing 嚼 food
broadcast broadcasts broadcast broadcast broadcasting 播出 show
obey obeys obeyed obeyed obeying 服从 person
repair repairs repaired repaired repairing 修理 vehicle furniture portable machine
cough coughs coughed coughed coughing - - | 咳嗽
fold folds folded folded folding 叠 clothes paper
burst bursts burst burst bursting - - | 爆
spill spills spilled spilled spilling 洒 drink food
fry fries fried fried frying 炸 food
compare compares compared compared comparing 比较 any
intend intends intended intended intending 打算 to
bang bangs banged banged banging 敲 door | 砰砰响
faint faints fainted fainted fainting - - | 晕倒
halt halts halted halted halting - - | 站住
`;

const frameLines = `
tell story joke | 讲 X
tell truth lie | 说 X
call person | 给 X 打电话
talk+to person | 跟 X 说话
talk+about any | 谈论 X
think+about any | 想 X
show person | 给 X 看
care+about any | 关心 X
deal+with any | 处理 X
marry person | 和 X 结婚
point+at any | 指着 X
cut hair paper | 剪 X
shoot animate | 向 X 开枪
fight+with person | 和 X 打架
pay+for things meal | 付 X 的 钱
promise person | 答应 X
ride bus train car boat plane cab | 坐 X
save money | 存 X
charge phone computer | 给 X 充电
knock+on door | 敲 X
agree+with person | 同意 X
belong+to person | 属于 X
take shower bath | 洗澡
take medicine | 吃药
get+rid+of things | 扔掉 X
shake hand | 握手
make sense | 有道理
look+forward+to any | 期待 X
yell+at person | 冲 X 大喊
have fever | 发烧
have headache | 头疼
take nap | 睡午觉
stare+at any | 盯着 X
depend+on any | 取决于 X
know that | 知道 X
know abstract | 知道 X
`;

const dativeLines = `
tell | 告诉 X Y
give | 给 X Y
show | 给 X 看 Y
pay | 付给 X Y
pass | 把 Y 递给 X
offer | 给 X 提供 Y
owe | 欠 X Y
lend | 借给 X Y
`;

const linkingLines = `
feel 觉得
get 变得
sound 听起来
seem 好像
become 变得
taste 尝起来
`;

const phrasalLines = `
put puts put put putting on clothes | 穿上 X
put puts put put putting down portable | 放下 X
put puts put put putting away portable | 收起 X
turn turns turned turned turning on machine lamp light television computer phone | 打开 X
turn turns turned turned turning off machine lamp light television computer phone | 关掉 X
turn turns turned turned turning around - | 转过身
hold holds held held holding on - | 等一下
shut shuts shut shut shutting up - | 闭嘴
pick picks picked picked picking up portable | 捡起 X
go goes went gone going ahead - | 请便
hang hangs hung hung hanging up - | 挂断电话
hang hangs hung hung hanging out - | 出去玩
figure figures figured figured figuring out abstract question | 弄清楚 X
lie lies lay lain lying down - | 躺下
take takes took taken taking off clothes | 脱掉 X
get gets got gotten getting off vehicle | 下 X
get gets got gotten getting out - | 出去
come comes came come coming over - | 过来
go goes went gone going upstairs - | 上楼
go goes went gone going downstairs - | 下楼
come comes came come coming inside - | 进来
go goes went gone going outside - | 出去
settle settles settled settled settling down - | 安定下来
grow grows grew grown growing up - | 长大
cheer cheers cheered cheered cheering up - | 振作起来
chill chills chilled chilled chilling out - | 放松
clean cleans cleaned cleaned cleaning up room | 打扫 X
throw throws threw thrown throwing away portable food garbage | 扔掉 X
write writes wrote written writing down name answer number address | 写下 X
`;

const adjectiveLines = `
right - - 对的 fact
mean meaner meanest 刻薄 person
over - - 结束了 state things
great greater greatest 棒 any situation predicative
wrong - - 错的 fact
dead - - 死了 state animate plant
real - - 真的 fact
ready - - 准备好了 state person
alone - - 一个人 state person
crazy - - 疯了 state animate
late - - 迟到了 state person
married - - 结婚了 state person
fun more more 好玩 things situation
broken - - 坏了 state things
far farther farthest 远 place building
different more more 不同 any
high higher highest 高 things
free - - 有空 state person
clear clearer clearest 清楚 abstract situation
full - - 饱了 state animate
sick - - 病了 state animate
wonderful more more 棒 any situation predicative
alive - - 活着 state animate plant
straight straighter straightest 直 things
possible - - 可能的 fact
mad madder maddest 生气 person
quick quicker quickest 快 any
early earlier earliest 早 weather
lovely lovelier loveliest 可爱 any
fair fairer fairest 公平 abstract situation
terrible more more 糟糕 any situation
simple simpler simplest 简单 any situation
dark darker darkest 暗 room weather
interested more more 感兴趣 person
certain more more 确定 person
drunk - - 喝醉了 state person
deep deeper deepest 深 nature
single - - 单身 state person
public - - 公共的 fact
holy - - 神圣 things
upset more more 难过 person
gay - - 同性恋 fact
favorite - - 最喜欢 any attributive
extra - - 额外 things attributive
low lower lowest 低 things
impossible - - 不可能的 fact
wild - - 野生 animal plant attributive
silly sillier silliest 傻 animate
tight tighter tightest 紧 clothes
stuck - - 卡住了 state any
asleep - - 睡着了 state animate
willing - - 愿意 state person
huge - - 巨大 things animal
dumb dumber dumbest 笨 animate
blind - - 失明了 state animate
correct - - 对的 fact
bright brighter brightest 明亮 room nature
loose looser loosest 松 clothes
large larger largest 大 any
fake - - 假的 fact
rough rougher roughest 粗糙 things
powerful more more 强大 any
fancy fancier fanciest 高级 things
exciting more more 令人兴奋 things event situation
male - - 男性 fact
tiny tinier tiniest 小 any
wise wiser wisest 明智 person
evil more more 邪恶 any
awful more more 糟糕 any situation
grand grander grandest 宏伟 building
double - - 双人 things attributive
awake - - 醒着 state animate
grateful more more 感激 person
mighty mightier mightiest 强大 any
flat flatter flattest 平 things
likely - - 可能的 fact
proper - - 合适 things attributive
pure purer purest 纯 things
direct more more 直接 things
odd odder oddest 奇怪 any
wide wider widest 宽 things place
golden - - 金色 color
royal - - 王室 things attributive
silent more more 安静 any
exact - - 准确的 fact
nasty nastier nastiest 恶心 any
plain plainer plainest 朴素 things
separate - - 分开的 fact
ill - - 病了 state animate
false - - 假的 fact
pleasant more more 愉快 things event
shy shyer shyest 害羞 person
cruel crueler cruelest 残忍 any
smooth smoother smoothest 光滑 things
foolish more more 愚蠢 any
rotten - - 烂了 state food
electric - - 电动 things attributive
unhappy unhappier unhappiest 不开心 person
selfish more more 自私 person
daily - - 每天 things attributive
valuable more more 值钱 things
unknown - - 未知 things attributive
painful more more 痛苦 any
sore sorer sorest 疼 body
broad broader broadest 宽 things place
deaf - - 聋了 state animate
thick thicker thickest 厚 things
equal - - 平等的 fact
western - - 西方 things attributive
wicked more more 邪恶 any
stable more more 稳定 things
useful more more 有用 things
rusty - - 生锈了 state things
neat neater neatest 整洁 things room
hollow - - 空心的 fact
helpful more more 有帮助 any
upper - - 上面 things attributive
dull duller dullest 无聊 things
southern - - 南方 things attributive
alike - - 相像 state any
peaceful more more 平静 any
bitter more more 苦 food drink
comic - - 滑稽 things attributive
everyday - - 日常 things attributive
naughty naughtier naughtiest 调皮 animate
stiff stiffer stiffest 僵硬 things body
raw - - 生的 fact
fried - - 炸 food attributive
unfair more more 不公平 abstract situation
humble humbler humblest 谦虚 person
blank - - 空白的 fact
crowded more more 拥挤 place room vehicle
hopeless - - 没希望了 state any
tan - - 棕褐色 color
bare - - 光 body attributive
instant - - 速食 food attributive
left-handed - - 左撇子 fact predicative
`;

const adjectiveFrameLines = `
afraid+of any | 害怕 X
fond+of any | 喜欢 X
proud+of animate | 为 X 骄傲
interested+in any | 对 X 感兴趣
`;

const addressLines = `
mr. 先生 title
mrs. 太太 title
god 上帝 name
honey 亲爱的 term
dear 亲爱的 term
darling 亲爱的 term
lord 上帝 name
ray 雷 name
bob 鲍勃 name
america 美国 place
sweetheart 亲爱的 term
babe 宝贝 term
bud 伙计 term
eve 伊芙 name
china 中国 place
jay 杰伊 name
sandy 桑迪 name
rocky 洛基 name
`;

/**
 * Every version 4 verb's participle (present perfect, participles as adjectives) and -ing form (v4 has none
 * for `go`, `come` and its phrasal verbs; its rule wrote `visitting`): `base participle ing`.
 */
const v4VerbFormLines = `
chase chased chasing
see seen seeing
like liked liking
help helped helping
catch caught catching
visit visited visiting
love loved loving
eat eaten eating
read read reading
write written writing
buy bought buying
find found finding
drink drunk drinking
cook cooked cooking
make made making
open opened opening
close closed closing
wash washed washing
clean cleaned cleaning
want wanted wanting
need needed needing
have had having
know known knowing
meet met meeting
hate hated hating
watch watched watching
hear heard hearing
bring brought bringing
take taken taking
sell sold selling
draw drawn drawing
sing sung singing
teach taught teaching
learn learned learning
study studied studying
understand understood understanding
remember remembered remembering
forget forgotten forgetting
lose lost losing
wear worn wearing
kill killed killing
feed fed feeding
miss missed missing
wait waited waiting
sleep slept sleeping
swim swum swimming
run run running
walk walked walking
work worked working
dance danced dancing
cry cried crying
laugh laughed laughing
smile smiled smiling
play played playing
listen listened listening
fly flown flying
win won winning
rest rested resting
travel traveled traveling
fall fallen falling
shout shouted shouting
go gone going
come come coming
leave left leaving
worry worried worrying
stop stopped stopping
look looked looking
rain rained raining
snow snowed snowing
live lived living
kiss kissed kissing
hug hugged hugging
push pushed pushing
pull pulled pulling
carry carried carrying
throw thrown throwing
send sent sending
fix fixed fixing
build built building
choose chosen choosing
ask asked asking
answer answered answering
follow followed following
join joined joining
touch touched touching
smell smelled smelling
borrow borrowed borrowing
finish finished finishing
jump jumped jumping
climb climbed climbing
arrive arrived arriving
start started starting
sit sat sitting
stand stood standing
get gotten getting
wake woken waking
calm calmed calming
hurry hurried hurrying
`;

/**
 * What version 5 adds to version 4's verbs (issue 27: "common verbs take any sensible object"; "Did you
 * hear?"): `base objects… [| alone]`, the objects and patterns added, and the Chinese when used alone
 * where v4 had none. Their Chinese with an object is v4's.
 */
const v4WidenLines = `
love any
watch movie television game tv show sport
have portable animal family food drink vehicle clothes abstract building meal friend neighbor partner
need any
want object-to
hear - | 听见
see - | 看见
remember that
forget that
understand that
learn to
help object-to
`;

/** Comparison of version 4's gradable adjectives: `word comparative superlative` (`more` as above); one not listed is not compared. */
const v4ComparisonLines = `
big bigger biggest
small smaller smallest
new newer newest
hungry hungrier hungriest
lazy lazier laziest
happy happier happiest
clever cleverer cleverest
good better best
bad worse worst
nice nicer nicest
beautiful more more
pretty prettier prettiest
ugly uglier ugliest
tall taller tallest
short shorter shortest
long longer longest
old older oldest
young younger youngest
heavy heavier heaviest
light lighter lightest
cheap cheaper cheapest
expensive more more
clean cleaner cleanest
dirty dirtier dirtiest
fast faster fastest
slow slower slowest
easy easier easiest
difficult more more
hard harder hardest
important more more
interesting more more
boring more more
funny funnier funniest
strange stranger strangest
busy busier busiest
tired more more
sad sadder saddest
angry angrier angriest
afraid more more
excited more more
bored more more
thirsty thirstier thirstiest
sleepy sleepier sleepiest
rich richer richest
poor poorer poorest
kind kinder kindest
friendly friendlier friendliest
quiet quieter quietest
careful more more
strong stronger strongest
weak weaker weakest
fat fatter fattest
thin thinner thinnest
cute cuter cutest
brave braver bravest
smart smarter smartest
stupid more more
famous more more
delicious more more
sweet sweeter sweetest
fresh fresher freshest
hot hotter hottest
cold colder coldest
warm warmer warmest
cool cooler coolest
wet wetter wettest
dry drier driest
soft softer softest
loud louder loudest
gentle gentler gentlest
lucky luckier luckiest
healthy healthier healthiest
honest more more
polite more more
serious more more
proud prouder proudest
nervous more more
lonely lonelier loneliest
safe safer safest
dangerous more more
popular more more
sharp sharper sharpest
`;

export interface Verb5Entry extends VerbEntry {
  participle: string;
}
/** A verb with a fixed preposition (or a fixed Chinese for some objects): `talk to` → 跟 X 说话. */
export interface FrameEntry {
  base: string;
  /** The words after the verb before its object (`to`, `rid of`), empty when none. */
  preposition: string[];
  objects: string[];
  /** Chinese tokens, `X` where the object goes. */
  zh: string[];
}
/** A verb with two objects: `zh` has `X` (the person) and `Y` (the thing). */
export interface DativeEntry {
  base: string;
  zh: string[];
}
/** A verb + adjective (`look happy`), with the Chinese of the verb. */
export interface LinkingEntry {
  base: string;
  zh: string;
}
/** A verb + particle (`turn on`), with or without an object. */
export interface Phrasal5Entry {
  base: string;
  s3: string;
  past: string;
  participle: string;
  ing: string;
  particle: string;
  /** Noun classes it takes as object; empty for none. */
  objects: string[];
  /** Chinese tokens, `X` where the object goes. */
  zh: string[];
}
export interface Adjective5Entry extends AdjectiveEntry {
  /** `bigger`, `more` (said with more/most), or null (not compared). */
  comparative: string | null;
  superlative: string | null;
}
/** An adjective with its fixed preposition (`afraid of`): `zh` has `X` where the object goes. */
export interface AdjectiveFrameEntry {
  en: string;
  preposition: string[];
  objects: string[];
  zh: string[];
}
export type AddressKind = 'name' | 'title' | 'place' | 'term';
export interface AddressEntry {
  en: string;
  zh: string;
  kind: AddressKind;
}
export interface V4VerbForms {
  base: string;
  participle: string;
  ing: string;
}
export interface V4Widening {
  base: string;
  objects: string[];
  /** Chinese when used without an object, where v4 had none. */
  alone: string[];
}
export interface V4Comparison {
  en: string;
  comparative: string | null;
  superlative: string | null;
}

const lines = (s: string) =>
  s
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
/** Splits a line at `|`: the fields before, the Chinese tokens after. */
const barred = (w: string[]): [string[], string[]] => {
  const bar = w.indexOf('|');
  return bar < 0 ? [w, []] : [w.slice(0, bar), w.slice(bar + 1)];
};
const orNull = (s: string | undefined) => (s === undefined || s === '-' ? null : s);

export const nounEntries5: NounEntry[] = lines(nounLines).map(([sg, pl, zh, classifier, ...tags]) => ({
  sg: sg!,
  pl: pl === '-' ? sg! : pl!,
  zh: zh!,
  classifier: classifier!,
  tags,
}));

export const verbEntries5: Verb5Entry[] = lines(verbLines).map((w) => {
  const [[base, s3, past, participle, ing, zh, ...objects], alone] = barred(w);
  return {
    base: base!,
    s3: s3!,
    past: past!,
    participle: participle!,
    ing: ing!,
    zh: orNull(zh),
    objects: objects.filter((o) => o !== '-'),
    intransitive: alone.length ? alone.join(' ') : null,
  };
});

export const frameEntries: FrameEntry[] = lines(frameLines).map((w) => {
  const [[head, ...objects], zh] = barred(w);
  const [base, ...preposition] = head!.split('+');
  return { base: base!, preposition, objects, zh };
});

export const dativeEntries: DativeEntry[] = lines(dativeLines).map((w) => {
  const [[base], zh] = barred(w);
  return { base: base!, zh };
});

export const linkingEntries: LinkingEntry[] = lines(linkingLines).map(([base, zh]) => ({ base: base!, zh: zh! }));

export const phrasalEntries5: Phrasal5Entry[] = lines(phrasalLines).map((w) => {
  const [[base, s3, past, participle, ing, particle, ...objects], zh] = barred(w);
  return {
    base: base!,
    s3: s3!,
    past: past!,
    participle: participle!,
    ing: ing!,
    particle: particle!,
    objects: objects.filter((o) => o !== '-'),
    zh,
  };
});

export const adjectiveEntries5: Adjective5Entry[] = lines(adjectiveLines).map(([en, comparative, superlative, zh, ...takes]) => ({
  en: en!,
  zh: zh!,
  takes,
  comparative: orNull(comparative),
  superlative: orNull(superlative),
}));

export const adjectiveFrameEntries: AdjectiveFrameEntry[] = lines(adjectiveFrameLines).map((w) => {
  const [[head, ...objects], zh] = barred(w);
  const [en, ...preposition] = head!.split('+');
  return { en: en!, preposition, objects, zh };
});

export const addressEntries: AddressEntry[] = lines(addressLines).map(([en, zh, kind]) => ({
  en: en!,
  zh: zh!,
  kind: kind as AddressKind,
}));

export const v4VerbForms: V4VerbForms[] = lines(v4VerbFormLines).map(([base, participle, ing]) => ({
  base: base!,
  participle: participle!,
  ing: ing!,
}));

export const v4Widenings: V4Widening[] = lines(v4WidenLines).map((w) => {
  const [[base, ...objects], alone] = barred(w);
  return { base: base!, objects: objects.filter((o) => o !== '-'), alone };
});

export const v4Comparisons: V4Comparison[] = lines(v4ComparisonLines).map(([en, comparative, superlative]) => ({
  en: en!,
  comparative: orNull(comparative),
  superlative: orNull(superlative),
}));
