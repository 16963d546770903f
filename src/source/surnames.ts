/**
 * Whether a short label reads as a Chinese personal name: a common surname and one or two given-name characters
 * (`张建国`, `王磊`, `欧阳娜娜`), or a surname and a title (`李局长`). The surnames are the most frequent ones of the
 * mainland and Taiwan household registers (about 90 % of people), in both scripts; a rarer surname is still found by the
 * other rules (a label that recurs, is introduced, addressed or asks). A lead-in (`举个例子：`, `注意：`) is not a name.
 */
const SINGLE =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余餘杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂佟应應臧闵閔苟邬鄔边邊卞姬师師仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏佘池查麻苑迟遲邝鄺封谈談匡鞠惠荆荊乐樂冀郁胥班储儲栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞厉厲仝郜阚闞朴廉禹祖郦酈';
const COMPOUND = ['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '令狐', '慕容', '司徒', '夏侯', '尉迟', '尉遲', '公孙', '公孫', '端木', '长孙', '長孫', '宇文', '澹台', '澹臺', '呼延', '范姜', '张简', '張簡'];

/** Whether `char` is one of the common single-character surnames. */
export const isSurname = (char: string): boolean => [...char].length === 1 && SINGLE.includes(char);

/** Whether `label` is a surname and one or two more Han characters (two to four in all with a compound surname). */
export function isChineseName(label: string): boolean {
  const chars = [...label];
  if (!/^\p{Script=Han}+$/u.test(label)) return false;
  const compound = COMPOUND.some((s) => label.startsWith(s));
  const given = chars.length - (compound ? 2 : 1);
  return given >= 1 && given <= 2 && (compound || SINGLE.includes(chars[0]!));
}
