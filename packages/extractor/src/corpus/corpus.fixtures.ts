/** Small Chinese corpus files in the formats found in data/, for tests. */

/** Two reports in the portal format: `【…招商】title`, body, date line, `-` separators, page furniture. */
export const MULTI_REPORT_FILE = [
  '-',
  '【宝兴县招商】2021年宝兴县政府工作报告',
  '2021年宝兴县政府工作报告各位代表:现在,我代表县人民政府,向大会报告政府工作,请予审查。宝兴坚持以大熊猫国家公园建设为主线。',
  '2025-07-08',
  '-',
  '【普洱招商】普洱市政府工作报告',
  '2021年2月2日在普洱市第四届人民代表大会第五次会议上 各位代表:全市上下扎实做好“六稳”工作。',
  '2025-07-08',
  '有想补充的信息?点我投稿',
  '',
  '- 联系我们',
  '- 企业入驻',
  '',
].join('\n');

export const BAOXING_BODY = '2021年宝兴县政府工作报告各位代表:现在,我代表县人民政府,向大会报告政府工作,请予审查。宝兴坚持以大熊猫国家公园建设为主线。';
export const PUER_BODY = '2021年2月2日在普洱市第四届人民代表大会第五次会议上 各位代表:全市上下扎实做好“六稳”工作。';

/** A work plan that hides its year ("20*年"), dated only by the plenums it cites. */
export const HIDDEN_YEAR_PLAN = [
  '政府工作计划',
  '时间:2022-02-11 12:15:00',
  '20*年是“**"计划的最后一年,做好今年的工作,全面完成“**”的各项任务。今年政府工作的总体要求是:认真贯彻落实党的十六届三中、四中全会精神,按照市委的部署和要求,推进“平安乌海"建设。',
  '各位代表!我市经济社会发展正处于关键时期,让我们在自治区党委、政府和市委的正确领导下,为乌海的长远发展打好基础而努力奋斗!',
].join('\n');

/** The second half of a report without a title: the file starts at a section heading. */
export const MID_DOCUMENT_FILE = [
  '二、2020年工作安排',
  '今年是全面建成小康社会和“十三五”规划收官之年,也是乌海实现高质量发展的重要一年。今年政府工作总体要求是:全面做好“六稳”工作。',
  '按照中央对今年经济工作总体要求和自治区、市委安排部署,我市将持续打好三大攻坚战。乌海市将全面提升营商环境。',
].join('\n');

/** A GB18030-encoded report (as bytes are written by the test). */
export const GB18030_REPORT = '2020年呼和浩特市人民政府工作报告\n各位代表:现在,我代表市人民政府向大会报告工作。呼和浩特全市上下推进乳业升级。\n';
