/**
 * The county-level cities (县级市) of mainland China, by province, as in the 民政部 行政区划统计
 * (中华人民共和国行政区划统计表, end of 2023: 397, including the 省直辖县级市 such as 仙桃, 济源 and
 * the 兵团 cities of 新疆). Written from that official list, names without 市.
 *
 * Why a list here when place names are otherwise read by shape: a 县级市 prints as "XX市" exactly
 * like a prefecture-level city, and a report rarely says which it is (义乌市2022年法治政府建设年度报告
 * need never mention 金华). The set is closed and official and changes by a few names a year (a 县 made
 * a 市, a 市 made a 区), so the cost of staleness is small; context (泉州市晋江市, 县级市 nearby)
 * still catches what the list misses. Compared by whole unit name, so 津市 never matches 天津市.
 */
const COUNTY_LEVEL_CITIES = `
河北 辛集 晋州 新乐 遵化 迁安 滦州 武安 南宫 沙河 涿州 定州 安国 高碑店 平泉 泊头 任丘 黄骅 河间 霸州 三河 深州
山西 古交 高平 怀仁 介休 永济 河津 原平 侯马 霍州 孝义 汾阳
内蒙古 霍林郭勒 满洲里 牙克石 扎兰屯 额尔古纳 根河 丰镇 乌兰浩特 阿尔山 二连浩特 锡林浩特
辽宁 新民 瓦房店 庄河 海城 东港 凤城 凌海 北镇 盖州 大石桥 灯塔 调兵山 开原 北票 凌源 兴城
吉林 榆树 德惠 公主岭 蛟河 桦甸 舒兰 磐石 双辽 梅河口 集安 临江 扶余 洮南 大安 延吉 图们 敦化 珲春 龙井 和龙
黑龙江 尚志 五常 讷河 虎林 密山 铁力 同江 富锦 抚远 绥芬河 海林 宁安 穆棱 东宁 北安 五大连池 嫩江 安达 肇东 海伦 漠河
江苏 江阴 宜兴 新沂 邳州 溧阳 常熟 张家港 昆山 太仓 启东 如皋 海安 东台 仪征 高邮 丹阳 扬中 句容 兴化 靖江 泰兴
浙江 建德 余姚 慈溪 瑞安 乐清 龙港 海宁 平湖 桐乡 诸暨 嵊州 兰溪 义乌 东阳 永康 江山 温岭 临海 玉环 龙泉
安徽 巢湖 无为 桐城 潜山 天长 明光 界首 宁国 广德
福建 福清 永安 石狮 晋江 南安 漳平 武夷山 建瓯 邵武 福安 福鼎
江西 乐平 瑞昌 共青城 庐山 贵溪 瑞金 龙南 井冈山 丰城 樟树 高安 德兴
山东 胶州 平度 莱西 滕州 龙口 莱阳 莱州 招远 栖霞 海阳 青州 诸城 寿光 安丘 高密 昌邑 曲阜 邹城 新泰 肥城 荣成 乳山 乐陵 禹城 临清 邹平
河南 巩义 荥阳 新密 新郑 登封 舞钢 汝州 林州 卫辉 辉县 沁阳 孟州 禹州 长葛 义马 灵宝 邓州 永城 项城 济源 长垣
湖北 大冶 丹江口 宜都 当阳 枝江 老河口 枣阳 宜城 钟祥 京山 应城 安陆 汉川 石首 洪湖 松滋 监利 麻城 武穴 赤壁 广水 恩施 利川 仙桃 潜江 天门
湖南 浏阳 宁乡 醴陵 湘乡 韶山 耒阳 常宁 武冈 邵东 汨罗 临湘 津市 沅江 资兴 祁阳 洪江 冷水江 涟源 吉首
广东 乐昌 南雄 台山 开平 鹤山 恩平 廉江 雷州 吴川 高州 化州 信宜 四会 兴宁 陆丰 阳春 英德 连州 普宁 罗定
广西 岑溪 东兴 桂平 北流 靖西 平果 合山 凭祥 荔浦 横州
海南 五指山 文昌 琼海 万宁 东方
四川 都江堰 彭州 邛崃 崇州 简阳 广汉 什邡 绵竹 江油 射洪 隆昌 峨眉山 阆中 华蓥 万源 马尔康 康定 西昌 会理
贵州 清镇 赤水 仁怀 盘州 福泉 兴义 兴仁 凯里 都匀 黔西
云南 安宁 宣威 澄江 水富 腾冲 楚雄 禄丰 个旧 开远 蒙自 弥勒 文山 景洪 大理 瑞丽 芒 泸水 香格里拉
西藏 米林 错那
陕西 兴平 彬州 韩城 华阴 神木 子长 旬阳
甘肃 玉门 敦煌 临夏 合作 华亭
青海 同仁 玉树 格尔木 德令哈 茫崖
宁夏 灵武 青铜峡
新疆 昌吉 阜康 博乐 阿拉山口 库尔勒 阿克苏 库车 阿图什 喀什 和田 伊宁 奎屯 霍尔果斯 塔城 乌苏 沙湾 阿勒泰 石河子 阿拉尔 图木舒克 五家渠 北屯 铁门关 双河 可克达拉 昆玉 胡杨河 新星 白杨
`;

/** Each line starts with its province's short name, which is not a city. */
const NAMES = new Set(
  COUNTY_LEVEL_CITIES.trim()
    .split('\n')
    .flatMap((line) => line.trim().split(/\s+/).slice(1)),
);

/** Number of names in the list (397 at the end of 2023), for the test that guards the list. */
export const COUNTY_LEVEL_CITY_COUNT = NAMES.size;

/**
 * Whether `name` (without 市, folded: 晋江, 义乌) is a county-level city on the
 * 民政部 list. Traditional forms must be folded first (崑山 is not on the list; 昆山 is).
 */
export function isListedCountyLevelCity(name: string): boolean {
  return NAMES.has(name);
}
