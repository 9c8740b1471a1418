/**
 * Warm-up for an extraction thread. A thread's first documents used to pay for lazy set-up
 * inside the timed extraction: the place-name trie of 平安/健康 programmes (~250 ms), regular
 * expressions compiled on first match, bytecode of recogniser functions. One pass over a short
 * passage that reaches those recognisers moves that cost to loading, where the dictionaries are.
 */
import { extractMentions } from '../recognize/pipeline.ts';

/** A made-up report passage: levels, programmes, quotes, titles, companies, parks, roads, lists, rivers, mountains. */
export const WARM_UP_TEXT = [
  '过去一年，在省委、省政府和市委的坚强领导下，宝兴县坚持以大熊猫国家公园建设为主线，建设平安宝兴、健康凤阳、法治潮州，扎实做好“六稳”工作，全面落实“六保”任务。',
  '潮州市推进碧桂园智能卫浴产业园一期项目建成投产，深化“放管服”改革，凤阳县实施《关于加快构建“4+6”现代服务业体系的意见》。',
  '总投资110亿元的福莱特光伏玻璃项目签约落地，四川华西集团有限公司、中国建设银行雅安分行与县人民政府签订战略合作协议。',
  '加快建设成都天府国际机场、G318线雅安至康定段改造工程、成雅高速扩容项目和雅安经济开发区、芦山县飞仙关镇、灵关镇大渔村基础设施。',
  '完成青衣江、宝兴河流域综合治理，推进夹金山、二郎山旅游环线建设，新建幼儿园3所，县人民医院、县中医医院提标改造。',
  '组建县文旅集团和城投公司，支持四川大学、西南交通大学在我县设立研究院，实施乡村振兴“十百千”工程、北京路东延线和人民路改造。',
].join('');

/** Runs the recognisers once over `WARM_UP_TEXT` (loading the dictionaries first if needed). */
export function warmUpExtraction(): void {
  extractMentions(WARM_UP_TEXT);
}
