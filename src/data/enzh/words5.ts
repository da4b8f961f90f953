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
 *   and the classes `time`, `weekday`, `month`, `season`, `holiday`, `subject`, `sport`, `weapon`, `money`.
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
 * - Adjectives: `word comparative superlative 中文 takes…` — words.ts's line with the comparison added:
 *   `more` for `more …`/`most …`, `-` for none. New `takes`: `situation` (describes the dummy `it`:
 *   `It's important.`), `predicative` (only after `be`), `attributive` (only before a noun).
 * - Addresses: `word 中文 kind` — names (`bob`), titles (`mr.`, after the name in Chinese: 史密斯 先生),
 *   places (`america`), terms of address (`honey` → 亲爱的).
 * - Forms of version 4's words that v5's grammar needs: verbs `base participle ing`, adjectives
 *   `word comparative superlative`.
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
kid kids 孩子 个 person
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
moment moments 时刻 个 thing time
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
crowd crowds 人群 群 thing
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
crack cracks 裂缝 条 thing
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
toilet toilets 厕所 个 thing room
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
try tries tried tried trying 试 things to | 试试
own owns owned owned owning 拥有 things animal
guess guesses guessed guessed guessing 猜 that | 猜
hold holds held held holding 拿着 portable
move moves moved moved moving 搬 furniture portable | 动
matter matters mattered mattered mattering - - | 要紧
use uses used used using 用 things
hope hopes hoped hoped hoping 希望 that to | 希望
cause causes caused caused causing 造成 abstract
turn turns turned turned turning 转 things | 转身
check checks checked checked checking 检查 things | 看看
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
blow blows blew blown blowing 吹 - | 吹
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
ride vehicle | 坐 X
save money | 存 X
charge phone computer | 给 X 充电
knock+on door | 敲 X
agree+with person | 同意 X
belong+to person | 属于 X
take+shower bath | 洗澡
take+medicine | 吃药
get+rid+of things | 扔掉 X
shake hand | 握手
`;

const dativeLines = `
tell | 告诉 X Y
give | 给 X Y
show | 给 X 看 Y
pay | 付给 X Y
pass | 把 Y 递给 X
offer | 给 X 提供 Y
owe | 欠 X Y
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
turn turns turned turned turning on machine lamp light television computer | 打开 X
turn turns turned turned turning off machine lamp light television computer | 关掉 X
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
`;

const adjectiveLines = `
right - - 对的 fact
mean meaner meanest 刻薄 person
over - - 结束了 state things
great greater greatest 棒 any situation predicative
wrong - - 错的 fact
dead - - 死了 state animate plant
real - - 真的 fact
ready - - 准备好了 state animate
alone - - 一个人 state animate
crazy - - 疯了 state animate
late - - 迟到了 state person vehicle
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
early earlier earliest 早 person weather
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
favorite - - 最喜欢的 any attributive
extra - - 额外的 things attributive
low lower lowest 低 things
impossible - - 不可能的 fact
wild wilder wildest 野生 animal plant
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
mark 马克 name
america 美国 place
sweetheart 亲爱的 term
babe 宝贝 term
bud 伙计 term
eve 伊芙 name
`;

/** Forms of version 4's verbs (words.ts, lexicon.ts core) that v5 uses: `base participle ing`. */
const v4VerbFormLines = `
go gone going
come come coming
sit sat sitting
see seen seeing
know known knowing
take taken taking
eat eaten eating
write written writing
forget forgotten forgetting
choose chosen choosing
throw thrown throwing
`;

/** Comparison of version 4's adjectives: `word comparative superlative` (`more`, `-` as above). */
const v4ComparisonLines = `
good better best
bad worse worst
big bigger biggest
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

export const v4Comparisons: V4Comparison[] = lines(v4ComparisonLines).map(([en, comparative, superlative]) => ({
  en: en!,
  comparative: orNull(comparative),
  superlative: orNull(superlative),
}));
