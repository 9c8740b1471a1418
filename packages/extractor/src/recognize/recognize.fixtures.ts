/** Small Chinese fixtures for the recognisers, one per borderline rule of the annotation guide. */
export interface RecognitionFixture {
  name: string;
  text: string;
  /** `type:text` pairs that must be found. */
  expected: string[];
  /** `type:text` pairs (or bare texts, any type) that must not be found. */
  absent?: string[];
}

export const RECOGNITION_FIXTURES: RecognitionFixture[] = [
  {
    name: 'a park described only by the regions it joins (省际…合作园区) is generic; a named one is a park',
    text: '加强省际产业合作园区共建，推动青岚经开区与溪州合作产业园深化合作。',
    expected: ['park:溪州合作产业园'],
    absent: ['省际产业合作园区'],
  },
  {
    name: 'a resort listed among projects being built is a project, its unknown owner with a trade word a company',
    text: '支持岚曜演艺度假区、青禾田园综合体等重大项目加快建设。',
    expected: ['project:岚曜演艺度假区', 'company:岚曜演艺', 'project:青禾田园综合体'],
    absent: ['park:岚曜演艺度假区'],
  },
  {
    name: 'a sector figure being reported (城建投资完成…) is no company; a firm with the same head is',
    text: '水利投资完成8.1亿元，城建投资完成12.6亿元，支持岚峰投资扩大规模。',
    expected: ['company:岚峰投资'],
    absent: ['城建投资', '水利投资'],
  },
  {
    name: 'items before 等…合作伙伴 are companies; a list with 等 before an industry head is no company',
    text: '加深与恒拓、江州科技园、远驰汽车等战略合作伙伴的合作，探索信用贷、能力贷等科技金融产品。',
    expected: ['company:恒拓', 'company:远驰汽车'],
    absent: ['company:能力贷等科技', 'company:江州科技园'],
  },
  {
    name: 'a park name followed by 项目 is a project, and a list item sharing that head is a project too',
    text: '推进木塑、绿色智能家居产业园项目尽快落地。',
    expected: ['project:木塑', 'project:绿色智能家居产业园项目'],
    absent: ['park:绿色智能家居产业园', 'park:木塑'],
  },
  {
    name: 'a run of quoted one-verb task labels is jargon, quoted numeral formulas beside it stay slogans',
    text: '坚持“抓安全”“强服务”“优环境”，落实“六稳”“六保”。',
    expected: ['slogan:六稳', 'slogan:六保'],
    absent: ['抓安全', '强服务', '优环境'],
  },
  {
    name: 'items of a list framed by 以…为龙头 or 与…合作 are companies; places in such a list are not',
    text: '以青岚茗茶、北麓农垦、溪源古茶为龙头，深化与湖南、广东合作。',
    expected: ['company:青岚茗茶', 'company:北麓农垦', 'company:溪源古茶', 'region:湖南'],
    absent: ['company:湖南', 'company:广东'],
  },
  {
    name: 'a bank short name with a region and 分行/支行 is one company; a platform short name (…投) is a company',
    text: '加快与青岚交易中心、农发行江西省分行、建行赣州市支行合作，依托文旅投和城建投平台盘活资产。',
    expected: ['company:农发行江西省分行', 'company:建行赣州市支行', 'company:文旅投', 'company:城建投'],
    absent: ['company:农发行', 'company:建行'],
  },
  {
    name: 'a length epithet is not part of a river name; a riverside facility is not a river; generic town words are not regions',
    text: '打造千里沱江生态廊道，整合青禾滨河广场等资源，促进大中小城市和小城镇协调发展，建设现代化都市圈。',
    expected: ['region:沱江'],
    absent: ['千里沱江', '青禾滨河', '小城镇', '现代化都市圈'],
  },
  {
    name: 'article-counted policy packages and 大美+place are policies',
    text: '落实“省数字经济八条”“市扶持小微企业政策”，高水平建设“大美宝兴”。',
    expected: ['policy:省数字经济八条', 'policy:市扶持小微企业政策', 'policy:大美宝兴'],
  },
  {
    name: 'a title holding quotes is one policy, its quoted formula a slogan',
    text: '出台《关于加快构建“4+6”现代服务业体系推进高质量发展的实施意见》。',
    expected: ['policy:关于加快构建“4+6”现代服务业体系推进高质量发展的实施意见', 'slogan:4+6'],
  },
  {
    name: 'a quoted event is not a slogan, numeric formulas are',
    text: '面对“8·11”特大暴雨灾害，落实县委“12338”工作思路和“4+6”产业体系。',
    expected: ['slogan:12338', 'slogan:4+6'],
    absent: ['8·11'],
  },
  {
    name: 'shared heads: both list items get the head type',
    text: '推进出居沟、土巴沟电站建设。',
    expected: ['project:出居沟', 'project:土巴沟电站'],
  },
  {
    name: 'a company inside a project name is annotated on its own',
    text: '总投资20亿元的久泰新材料年产100万吨煤制乙二醇项目开工建设。',
    expected: ['project:久泰新材料年产100万吨煤制乙二醇项目', 'company:久泰新材料'],
  },
  {
    name: 'a place inside an organization name is not a separate region',
    text: '引导成立宝兴县汉白玉石材商会。',
    expected: ['organization:宝兴县汉白玉石材商会'],
    absent: ['region:宝兴县', 'region:宝兴'],
  },
  {
    name: 'a short name counts where the full name supports it',
    text: '宝兴县位于雅安。宝兴发展迅速。',
    expected: ['region:宝兴县', 'region:宝兴', 'region:雅安'],
  },
  {
    name: 'short names never match inside words',
    text: '创建国家生态文明建设示范县，整合资源，深化合作。',
    expected: [],
    absent: ['region:范县', 'region:资源', 'region:合作'],
  },
  {
    name: 'full-width and half-width quotes both mark formulas; quoted formulas before generic nouns stay slogans',
    text: '扎实做好＂六稳＂工作，深化"放管服"改革，完成“十四五”规划编制。',
    expected: ['slogan:六稳', 'slogan:放管服', 'slogan:十四五'],
    absent: ['policy:放管服'],
  },
  {
    name: 'honours and apps are not slogans',
    text: '荣获“中国天然氧吧”称号，推广“健康码”和“农保贷”。',
    expected: [],
    absent: ['中国天然氧吧', '健康码', '农保贷'],
  },
  {
    name: 'an administrative-level facility is not an entity; an institution being expanded is a project and an organization',
    text: '加快市人民医院门诊楼建设，推进灵关中学改扩建。',
    expected: ['project:灵关中学改扩建', 'organization:灵关中学'],
    absent: ['市人民医院', '市人民医院门诊楼'],
  },
  {
    name: 'named programmes and place + programme words are policies',
    text: '深入实施乡村振兴战略，全面推行河长制，建设平安乌海。',
    expected: ['policy:乡村振兴战略', 'policy:河长制', 'policy:平安乌海'],
  },
  {
    name: 'unquoted numeral formulas are slogans',
    text: '增强“四个意识”，做到两个维护，打好三大攻坚战，做好双拥工作。',
    expected: ['slogan:四个意识', 'slogan:两个维护', 'slogan:三大攻坚战', 'slogan:双拥'],
  },
  {
    name: 'parks and companies by their heads',
    text: '加快湘江新区和金桥电子商务产业园建设，支持平安银行、三一重工发展。',
    expected: ['park:湘江新区', 'park:金桥电子商务产业园', 'company:平安银行', 'company:三一重工'],
  },
  {
    name: 'generic words are never entities',
    text: '抓好重点项目建设，扶持龙头企业，完善工业园区配套，办好民生实事。',
    expected: [],
    absent: ['重点项目', '龙头企业', '工业园区', '民生实事'],
  },
  {
    name: 'economic areas and rivers are regions',
    text: '积极融入粤港澳大湾区和长江经济带建设，推进洞庭湖生态保护。',
    expected: ['region:粤港澳大湾区', 'region:长江经济带', 'region:洞庭湖'],
  },
  {
    name: 'a list closed by 等…企业 names companies; a list of industries does not',
    text: '以星河锂电、云帆轮胎、泰禾新材等企业为龙头。建立危化、煤矿等重点行业企业安全评估制度。',
    expected: ['company:星河锂电', 'company:云帆轮胎', 'company:泰禾新材'],
    absent: ['危化', '煤矿'],
  },
  {
    name: 'bare company names in a list of projects are companies (guide rule 7)',
    text: '卡恒电器、联塑景兴科技等36个项目竣工投产。',
    expected: ['company:卡恒电器', 'company:联塑景兴科技'],
  },
  {
    name: 'a named feature with a work head is a project; generic works are not',
    text: '完成青石河综合治理，加快北门遗址加固，推进市政道路改造提升。',
    expected: ['project:青石河综合治理', 'project:北门遗址加固'],
    absent: ['市政道路改造提升'],
  },
  {
    name: 'villages after a town name and in lists are regions',
    text: '白沙镇石桥村、枫林村获评全国文明村。',
    expected: ['region:白沙镇', 'region:石桥村', 'region:枫林村'],
  },
  {
    name: 'a place-named list item before a shared head takes the head type',
    text: '平江、华容电厂正式开工。',
    expected: ['project:平江', 'project:华容电厂'],
    absent: ['region:平江'],
  },
  {
    name: 'an institution whose name jieba tags as verbs is still an organization',
    text: '推进青山警察职业学院新校区建设。',
    expected: ['organization:青山警察职业学院'],
  },
  {
    name: 'a verb before a company name is not part of it',
    text: '协助澜禾化工完成搬迁，帮助峰岳城建拓展市场，会同翠柏公司开展合作。',
    expected: ['company:澜禾化工', 'company:峰岳城建', 'company:翠柏公司'],
    absent: ['company:协助澜禾化工', 'company:帮助峰岳城建', 'company:会同翠柏公司'],
  },
  {
    name: 'a verb right before the company head stays in the name',
    text: '东岭钻探公司完成进尺8万米。',
    expected: ['company:东岭钻探公司'],
  },
  {
    name: 'an enumeration word opens the clause, the name starts after it',
    text: '一是澜禾农业加快上市，三是电力通讯设施更加完善。',
    expected: ['company:澜禾农业'],
    absent: ['company:一是澜禾农业', '三是', 'company:三是电力'],
  },
  {
    name: 'sector words before an industry head name a trade, not a company',
    text: '发展冷链物流、仓储物流等产业，稳定房地产市场，延伸钛锆材料产业链。',
    expected: [],
    absent: ['冷链物流', '仓储物流', '房地产', '稳定房地产', '钛锆材料'],
  },
  {
    name: 'an industry word inside an institution name is not a company',
    text: '与青岚农业科学院共建实验基地。',
    expected: ['organization:青岚农业科学院'],
    absent: ['company:青岚农业'],
  },
  {
    name: 'towns and villages by shape, and a town stem standing alone',
    text: '2020年，翠岙乡荣获称号。加快柘峦镇特色小镇建设，完成柘峦省级中心镇创建。岚坪镇苕溪村、柘峦镇枧坑村成为示范村。统筹城乡发展，压实镇乡责任。',
    expected: ['region:翠岙乡', 'region:柘峦镇', 'region:柘峦', 'region:苕溪村', 'region:枧坑村'],
    absent: ['压实镇', '统筹城乡', '是城镇'],
  },
  {
    name: 'a brand with a capacity and a product is a project; the brand is a company',
    text: '重点抓好岚峰硅业10万吨工业硅、翠岭能源3.5吉瓦高效光伏组件建设，积极争取苍钢200万吨特种钢项目落户。全年新增产能10万吨，货运周转量近400亿吨公里。',
    expected: ['project:岚峰硅业10万吨工业硅', 'company:岚峰硅业', 'project:翠岭能源3.5吉瓦高效光伏组件', 'company:翠岭能源', 'project:苍钢200万吨特种钢项目', 'company:苍钢'],
    absent: ['新增产能', '货运周转量近', '全年新增产能10万吨'],
  },
  {
    name: 'an institution before a building being built is an organization inside the building project; a conferred status is no organization',
    text: '建成投用岚溪中心学校教学楼。翠峰科技创新中心获批江南省制造业创新中心。',
    expected: ['organization:岚溪中心学校', 'project:岚溪中心学校教学楼'],
    absent: ['江南省制造业创新中心'],
  },
  {
    name: 'a division missing from the gazetteer by shape, and its stem alone; common words before 区/市/省 are not',
    text: '祁璘澜依区“十三五”的发展成效显著，感谢关心支持祁璘澜依区发展的各界人士。列车开进祁璘澜依。力争创成省级森林城市，稳楼市，建成南祥小区和综保区。',
    expected: ['region:祁璘澜依区', 'region:祁璘澜依'],
    absent: ['创成省', '创成', '稳楼市', '南祥小区', '祥小区', '综保区'],
  },
  {
    name: 'capacity-first projects, metro line numbers and facility extensions',
    text: '58万台智能终端项目开工建设，完成20件水利工程和10万吨磷酸铁等项目。地铁3号线开通，4号线完成轨通。加快岚江港新增泊位、翠屏高速岭口出口连接线建设。',
    expected: ['project:58万台智能终端项目', 'project:4号线', 'project:岚江港新增泊位', 'project:翠屏高速岭口出口连接线'],
    absent: ['20件水利工程', '10万吨磷酸铁等项目', 'project:翠屏高速'],
  },
  {
    name: 'an unknown clause subject of a business verb is a company; verbs and counts are not',
    text: '3家企业入围百强，翠蟒岚利联营收超百亿元，2家企业营收超过十亿元。琨耐力具备全系列轮胎生产能力，争取再投产一批项目，新引进落户企业12家。',
    expected: ['company:翠蟒岚利联', 'company:琨耐力'],
    absent: ['争取再', '新引进', '2家企业'],
  },
  {
    name: 'a dated action plan is a policy even when the words before it are generic',
    text: '推进老旧小区改造三年行动，实施农村人居环境整治三年行动。',
    expected: ['policy:老旧小区改造三年行动', 'policy:农村人居环境整治三年行动'],
  },
  {
    name: 'an unknown bare name in a list of projects is a company; heritage sites and products are not',
    text: '岚璟光电组件生产线、翠汇璟能等一批高新科技项目成功签约。修缮玄翠宫、岑尚书府等项目，推进氢燃料发动机等项目。',
    expected: ['company:翠汇璟能'],
    absent: ['company:玄翠宫', 'company:岑尚书府', 'company:氢燃料发动机'],
  },
  {
    name: 'trade verbs inside facility names do not end the name',
    text: '总投资8亿元的岚玉产销基地开工建设，翠北区域旅游集散中心建成。',
    expected: ['project:岚玉产销基地', 'project:翠北区域旅游集散中心'],
  },
  {
    name: 'a province opening a quoted honour is still a region; the honour is not an entity',
    text: '成功创建“江南省教育强市”，荣获“百强中心镇”称号。',
    expected: [],
    absent: ['江南省教育强市', '中心镇'],
  },
  {
    name: 'a gazetteer province at the start of a quote stands as a region',
    text: '成功创建“四川省教育强县”。',
    expected: ['region:四川省'],
  },
  {
    name: 'an unknown name broken into single characters fills the span from the list mark to the head',
    text: '全面改造提升岚峰古寨、琨瓦更扎景区。推进常益长铁路建设。',
    expected: ['project:琨瓦更扎景区', 'project:常益长铁路'],
  },
  {
    name: 'research institutes named by abbreviation are organizations',
    text: '促成岚峰材料与中科院翠屏化学所等合作，农业部三所检测平台建成投用。',
    expected: ['organization:中科院翠屏化学所', 'organization:农业部三所'],
  },
  {
    name: 'long product-line items of a project list are projects; kinds of firms are not',
    text: '签约推进，翠岭光伏组件生产线、岚玻节能低辐射镀膜玻璃、翠汇璟能等一批高新科技项目成功签约。引进头部企业、上下游配套企业等项目。',
    expected: ['project:岚玻节能低辐射镀膜玻璃', 'company:翠汇璟能'],
    absent: ['头部企业', '上下游配套企业'],
  },
  {
    name: 'a named national park is a region, not a facility; a quoted list of qualities before it names nothing',
    text: '加快打造岚山雪豹国家公园建设样板，建设“保护第一、全民公益性”国家公园。',
    expected: ['region:岚山雪豹国家公园'],
    absent: ['project:岚山雪豹国家公园', 'region:“保护第一、全民公益性”国家公园'],
  },  {
    name: 'a facility named only by a kind word (微型, 私营, 城际, 湿地) or an ordinal round is generic',
    text: '新建微型公园12个，私营水厂完成改造，谋划城际高铁设站，建成岚溪湿地公园，翠湖获批国家湿地公园试点，岚县成为全国第一期治理试点。',
    expected: ['project:岚溪湿地公园'],
    absent: ['微型公园', '私营水厂', '城际高铁', '国家湿地公园', '全国第一期'],
  },
  {
    name: 'dictionary venue words in a project list are kinds, a named museum stays',
    text: '加快翠岭革命历史博物馆、群艺馆、音乐厅等项目建设。',
    expected: ['project:翠岭革命历史博物馆'],
    absent: ['群艺馆', '音乐厅'],
  },
  {
    name: 'a single-item project list opened by a verb keeps the whole item; 产业项目 lists still name undertakings',
    text: '推进岚翠智造整机组装等新一代电子信息项目发展，推动翠昱测控等12个智能制造产业项目建设，推动岚宇软包聚合物锂电池扩产等一批新能源新材料项目动工，加快电子信息、生物医药等产业项目建设。',
    expected: ['project:岚翠智造整机组装', 'company:翠昱测控', 'project:岚宇软包聚合物锂电池扩产'],
    absent: ['电子信息', '生物医药'],
  },
  {
    name: 'quoted product nouns, place+制造 labels, superlative places and counted generic projects are not slogans',
    text: '做强“江门制造”，推进“十大重点产业项目”建设，供应“平价果”“储备粮”，建设“农机云”，争创“最美县城”，实施“八大工程”和“最多跑一次”。',
    expected: ['slogan:八大工程', 'slogan:最多跑一次'],
    absent: ['江门制造', '十大重点产业项目', '平价果', '储备粮', '农机云', '最美县城'],
  },
  {
    name: 'a parenthesised alternative name is part of the facility name',
    text: '建成岚溪（翠关）淮水大桥，开工翠岭(岚口)渡江大桥。',
    expected: ['project:岚溪（翠关）淮水大桥', 'project:翠岭(岚口)渡江大桥'],
    absent: ['project:淮水大桥', 'project:渡江大桥'],
  },
  {
    name: 'numbered national and provincial roads with their sections, and a bracketed section after a road name',
    text: '加快国道612水毁修复，改造提升省道205青岚至石门段，争取翠屏高速(岭口至翠屏段)开工。',
    expected: ['project:国道612', 'project:省道205青岚至石门段', 'project:翠屏高速(岭口至翠屏段)'],
    absent: ['project:翠屏高速'],
  },
  {
    name: 'a count before a generic head is not a name; techniques listed as projects are not projects',
    text: '发挥“七大园区”承载作用，以八大工业项目为支撑，推进三大园区建设，推广墒情监测技术、智控灌溉技术等项目，落实“三去一降一补”。',
    expected: ['slogan:三去一降一补'],
    absent: ['七大园区', '八大工业项目', '三大园区', '墒情监测技术', '智控灌溉技术'],
  },
  {
    name: 'software parks are parks; 区县 after a district and a village head glued to a noun are no regions',
    text: '落实与东坡区友好区县合作协议，建设云岭国家公园白鹭老家入口社区，发挥青岚滨江高新软件园作用。',
    expected: ['park:青岚滨江高新软件园', 'region:东坡区'],
    absent: ['友好区', '入口社区', 'region:青岚', 'region:滨江'],
  },
  {
    name: 'quoted kinds of economy, enclaves, hard/soft links and regional positioning titles are jargon',
    text: '发展“工匠经济”，建设“研发飞地”和“青年生态圈”，强化“硬联通”“软环境”，打造“西部绣都”，落实“六稳”。',
    expected: ['slogan:六稳'],
    absent: ['工匠经济', '研发飞地', '青年生态圈', '硬联通', '软环境', '西部绣都'],
  },
  {
    name: 'a reform plus 三年行动方案 is a policy; a bare dated action plan is not',
    text: '实施营商环境改革三年行动方案，各链条出台三年行动计划，落实“青苗护航”行动计划。',
    expected: ['policy:营商环境改革三年行动方案'],
    absent: ['三年行动计划', 'policy:行动计划'],
  },
  {
    name: 'facilities without 项目 (风景道, 风情园, 起步区, 文旅城, 庄园, 交易市场) are projects where the clause builds them',
    text: '完成柏溪风情园主体施工，加快青湾新城起步区建设，启动云栖茶庄园建设，推进鹿原文旅城等项目建设。游客在北岭风情园参观。',
    expected: ['project:柏溪风情园', 'project:青湾新城起步区', 'project:云栖茶庄园', 'project:鹿原文旅城'],
    absent: ['project:北岭风情园'],
  },
  {
    name: 'an unknown brand and a firm-name trade word (声学, 光电, 新材料) inside a park or project name are the company',
    text: '推进翎澜声学产业园建设，加快翎澜声学智能耳机项目、泓骁光电等重大项目建设。',
    expected: ['company:翎澜声学'],
    absent: ['company:翎澜'],
  },
  {
    name: 'named mountains in a list closed by 等…山脊/山体 are regions',
    text: '构建以青岫山、鸣翠山等自然山脊为廊道的生态保育体系，保护高山、大山等山体。',
    expected: ['region:青岫山', 'region:鸣翠山'],
    absent: ['以青岫山', '高山', '大山'],
  },
  {
    name: 'an adjective character that forms a field compound (新材料, 新技术) stays inside a park name',
    text: '推动铖钒新材料产业园建设，支持栖桐新技术产业园发展。',
    expected: ['park:铖钒新材料产业园', 'park:栖桐新技术产业园'],
    absent: ['park:材料产业园', 'park:技术产业园'],
  },
  {
    name: 'firm-shaped items of a list a directive verb opens and a production verb closes (指导A、B扩能增产) are companies',
    text: '指导岚栖制箔、鑫瑞光伏扩能增产，推动凤溪、南湖片区技改扩产。',
    expected: ['company:岚栖制箔', 'company:鑫瑞光伏'],
    absent: ['company:凤溪', 'company:南湖片区'],
  },
  {
    name: 'items of a list closed by a sector cue (等新基建项目, 等重大交通项目) are kinds, not undertakings',
    text: '布局数据中心、充电设施等“新基建”项目，抓好港口码头、内河航道等重大交通项目建设，推进岚溪康养小镇等项目建设。',
    expected: ['project:岚溪康养小镇'],
    absent: ['project:数据中心', 'project:充电设施', 'project:港口码头', 'project:内河航道'],
  },
  {
    name: 'a listed item joining two headed names with 和 is two projects; a product line joined by 和 stays one',
    text: '推进栖霞湾康养小镇和岚汀文旅城等项目建设，加快鑫岚光电组件和显示贴合生产线等项目建设。',
    expected: ['project:栖霞湾康养小镇', 'project:岚汀文旅城'],
    absent: ['栖霞湾康养小镇和岚汀文旅城', 'project:显示贴合生产线'],
  },
  {
    name: 'a special campaign titled by its aims in generic words (…示范专项行动) is a policy; 专项行动 alone is not',
    text: '开展绿色化节能示范专项行动，组织开展专项行动，开展节能专项行动。',
    expected: ['policy:绿色化节能示范专项行动'],
    absent: ['policy:专项行动', 'policy:节能专项行动'],
  },
  {
    name: 'chemical elements before a materials head (钒钛新材料) name a material inside a park name, not a company',
    text: '规划建设钒钛新材料产业园，支持岚泰新材料扩大产能。',
    expected: ['park:钒钛新材料产业园', 'company:岚泰新材料'],
    absent: ['company:钒钛新材料'],
  },
  {
    name: 'a trade-word item in a list of sectors (…、冷链物流、…等领域) is no company; the same shape before a business verb is',
    text: '在生态环保、冰链物流、农林水利等领域实施一批项目。推动栖链物流扩大产能。',
    expected: ['company:栖链物流'],
    absent: ['company:冰链物流'],
  },
];
