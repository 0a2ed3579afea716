// Generated from Datasets/taxonomy.yaml: do not edit by hand. The test
// "built-in taxonomy matches Datasets/taxonomy.yaml" fails when the two differ; run it with
// CAREERSHIFT_RECORD=1 to write this file anew.

/// The default taxonomy, built into the binary so the tool works from any folder.
enum DefaultTaxonomy {
    static let yaml = #"""
# careershift taxonomy: layers, terms, roles, industries and tools.
#
# Case files and job titles refer to roles by id or by any name below (zh, en, aliases).
# Matching ignores case, full-width/half-width differences and repeated spaces.
# Extend it by editing a copy and passing --taxonomy FILE (or CAREERSHIFT_TAXONOMY=FILE); raise
# `version` and add a changelog entry, so that a change of definition is never read as a trend.
#
# How a job title is read (README, "How a title is read"):
# - every role name and alias, and every term name, is looked for anywhere in the title; Latin
#   names only as whole words;
# - a role's `compose` rules say which terms (qualifiers such as AI or 大模型) and which other role
#   (an occupation head such as 全栈 or 产品经理) together make it: `ai + full-stack-developer` is the
#   AI term and any name of full-stack-developer anywhere in the title;
# - of the roles found, the one whose evidence holds the most terms wins, then the one whose
#   evidence covers the most characters (characters, not bytes), then the one listed first;
# - a term alone makes no role: 搜索, 策略, CV, Agent count only with a head they compose with.
# Every role names its layer: data, compute, model, vertical, application or non-ai. `genai: true`
# marks roles whose work is always LLM or generative; any AI role is GenAI in a title that also
# names a term of class genai; in a skills or tags column only terms with `tags: true` count (by
# default the genai ones). `code` is the occupation in 中华人民共和国职业分类大典 where one exists.
# `weak: true` marks heads so general that a title classified by them alone is of medium confidence.
# `occupation: false` marks names that are no occupation (实习生, 经理, 工程师 alone): never the
# occupation head that an AI posting's pay is compared with.

version: 3
changelog:
  - version: 3
    date: 2026-12-01
    changes: >-
      Tuned on five more public crawls (智联 AI and keyword searches, 猎聘 IT, SpeedyApply AI
      internships, Simplify new-grad jobs). GenAI: vision-language, code generation, generative
      models and 视频/图像/音频/语音/歌声生成 name generative work; an Agent in an AI title is GenAI. Compute:
      inference, serving, runtime, compilers, acceleration, deployment and performance engineering
      compose with AI and algorithm heads (infra); 算力 with solutions, sales and product. Model:
      world models; 具身 (embodied); ML, RL, autonomous driving and perception (a term of its own)
      compose with interns and researchers; AI and ML data scientists; AI R&D (人工智能研发) with
      engineers. Vertical: weather, drugs and pharma, genetics, antibodies, pathology, nuclear and
      energy as industries; industry + image algorithms. Application: agents with researchers and
      embedded engineers. Data: data and search-quality raters. Non-AI: HTML5, HTML and WebGL are
      front-end. Then, from three more crawls (实习僧 data and operations internships, 智联 keyword
      searches): 人工智能数据 as training data, 数据标记 and 标图 as annotation, AI hardware as AI
      chips, 博士 as a researcher, 无人车 as autonomous driving, 中医 as an industry. Counts by
      version 2 and 3 differ in these places: reclassify before comparing. Roles may say
      `occupation: false` (intern, management, other-occupation): names that are no occupation
      and so never the counterpart of the AI pay premium.
  - version: 2
    date: 2026-12-01
    changes: >-
      Rebuilt from real job-board titles (issue 12): about 100 roles in all six layers, with the
      classic algorithm families (recommendation, search, ads, risk, growth), AI infra and MLOps,
      AI trainers, AI full-stack, testing, sales and design, and the common non-AI occupations.
      Terms (qualifiers and context words) and compose rules. Generic names removed from AI roles:
      搜索, 策略 (search-strategy), 研究员 and research scientist (llm-researcher), 解决方案 and
      solutions engineer (ai-solutions), CV (cv-engineer), data center operations (compute-operations).
      Counts classified by version 1 are not comparable with version 2: reclassify first.
  - version: 1
    date: 2024-12-31
    changes: The roles of the 2024 huxiu article (about 30), with their aliases.

layers:
  - id: data
    zh: 数据层（上游：数据采集与标注）
    en: Data (upstream collection and annotation)
    description: Upstream of the model makers; collecting, cleaning and annotating training data.
  - id: compute
    zh: 算力层（上游：算力与AI基础设施）
    en: Compute (upstream compute and AI infrastructure)
    description: Upstream of the model makers; compute centres, AI infrastructure, training and inference platforms, AI chips.
  - id: model
    zh: 模型层（大模型与算法）
    en: Model (foundation models and algorithms)
    description: Building, training and researching models, foundation models and the classic algorithm families.
  - id: vertical
    zh: 中游（行业垂类大模型）
    en: Vertical (industry models)
    description: Midstream; models specialised for one industry.
  - id: application
    zh: 应用层
    en: Application
    description: Products and apps built on models; fine-tuning, RAG, agents, AI product, operations, testing, solutions and sales roles.
  - id: non-ai
    zh: 非AI
    en: Non-AI
    description: Work outside AI.

terms:
  # Qualifiers: they make a title AI when a head composes with them.
  - id: ai
    class: ai
    zh: 人工智能
    en: AI
    names: [AI, 人工智能, A.I., artificial intelligence, AI+, 具身智能, 具身, embodied AI, 机器视觉, machine vision]
  - id: ml
    class: ai
    zh: 机器学习
    en: Machine learning
    names: [机器学习, 深度学习, machine learning, deep learning, ML, 神经网络, neural network, neural networks, world model, world models,
            world modelling, world modeling, 世界模型]
  - id: data-mining
    class: ai
    zh: 数据挖掘
    en: Data mining
    names: [数据挖掘, data mining]
  - id: genai
    class: genai
    zh: 大模型与生成式AI
    en: LLMs and generative AI
    names: [大模型, 大语言模型, 语言模型, LLM, LLMs, AIGC, GPT, ChatGPT, 生成式, 生成式AI, generative AI, GenAI, Gen AI,
            多模态大模型, 文生图, 文生视频, 扩散模型, diffusion, stable diffusion, 智能体, AI Agent, AI Agents, agentic,
            提示词, prompt, RAG, 检索增强, LangChain, foundation model, foundation models, 基础模型, 基座模型,
            预训练模型, language model, language models, large language model, large language models, 千问, 文心, 豆包,
            VLM, VLMs, vision-language, vision language, code generation, generative model, generative models, 代码生成, 视频生成,
            图像生成, 音频生成, 语音生成, 歌声生成, 3D生成]
  - id: copilot
    class: genai
    zh: 生成式AI产品名
    en: Generative AI products
    names: [Copilot, Copilots, Claude, Codex, Gemini, ChatGLM, 通义, Kimi]
    tags: false
  - id: llm-research
    class: genai
    zh: 大模型研究方向
    en: LLM research topics
    names: [alignment, post-training, pretraining, pre-training, RLHF, reward model, reward models, 预训练, 后训练, 对齐]
    tags: false
  - id: interpretability
    class: context
    en: Interpretability
    names: [interpretability, explainability, 可解释性]
  # Context words: they only count when they compose with a head.
  - id: agent
    class: context
    en: Agent
    names: [Agent, Agents]
    genai: true
  - id: recommendation
    class: context
    zh: 推荐
    en: Recommendation
    names: [推荐, 推荐系统, recommendation, recommendations, recommender, recsys]
  - id: search
    class: context
    zh: 搜索
    en: Search
    names: [搜索, search, 检索, 搜推, 搜广推]
  - id: ads
    class: context
    zh: 广告
    en: Ads
    names: [广告, 计算广告, ads, advertising, 商业化]
  - id: risk
    class: context
    zh: 风控
    en: Risk
    names: [风控, 反欺诈, 反作弊, 风险, risk, fraud, anti-fraud, 安全]
  - id: growth
    class: context
    zh: 增长
    en: Growth
    names: [增长, 用户增长, 营销, growth, marketing]
  - id: strategy
    class: context
    zh: 策略
    en: Strategy
    names: [策略, strategy]
  - id: nlp
    class: context
    zh: 自然语言
    en: Natural language
    names: [NLP, 自然语言, 自然语言处理, natural language, 对话, 文本, 知识图谱, 语义, dialogue, conversational]
  - id: cv
    class: context
    zh: 视觉
    en: Vision
    names: [CV, 计算机视觉, 视觉, 图像识别, 视频理解, vision, computer vision, OCR, 3D视觉, 人脸识别, 目标检测, 视觉识别]
  - id: image
    class: context
    zh: 图像
    en: Image
    names: [图像, 影像, 图形图像, 图像处理, image]
  - id: speech
    class: context
    zh: 语音
    en: Speech
    names: [语音, 语音识别, 语音合成, ASR, TTS, speech, 声纹]
  - id: multimodal
    class: context
    zh: 多模态
    en: Multimodal
    names: [多模态, multimodal, multi-modal, 跨模态]
  - id: rl
    class: context
    zh: 强化学习
    en: Reinforcement learning
    names: [强化学习, reinforcement learning, RL]
  - id: autodrive
    class: context
    zh: 自动驾驶
    en: Autonomous driving
    names: [自动驾驶, 智能驾驶, 智驾, 辅助驾驶, 无人驾驶, ADAS, autonomous driving, self-driving, autonomous vehicle, autonomous vehicles, 无人车, 规划控制, 规控, 决策规划]
  - id: perception
    class: context
    zh: 感知
    en: Perception
    names: [感知, perception, 3D感知, 感知融合]
  - id: robotics
    class: context
    zh: 机器人
    en: Robotics
    names: [机器人, 机器臂, robotics, robot, 运动控制]
  - id: infra
    class: context
    zh: 训练推理与加速
    en: Training, inference and acceleration
    names: [推理优化, 推理加速, 推理部署, 模型加速, 模型部署, 模型压缩, 模型量化, 编译器, compiler, compilers, runtime, inference, serving,
            performance engineer, performance engineering, 算子, 移植]
  - id: ai-rnd
    class: context
    zh: 人工智能研发
    en: AI research and development
    names: [人工智能研发, AI研发, 人工智能科研, AI科研, 人工智能技术研究, AI research & development, AI research and development, AI R&D]
  - id: industry
    class: context
    zh: 行业领域
    en: Industry domain
    names: [医疗, 医学, 医药, 中医, 生物医药, 生物, 药物, 蛋白, 口腔, 医疗影像, 金融, 银行, 保险, 证券, 法律, 法务, 司法, 教育, 工业, 能源, 电力,
            政务, 农业, 交通, 化学, 材料, healthcare, health, medical, clinical, finance, financial, legal, biology,
            biomedical, industrial, 垂类, 垂直领域, 气象, weather, meteorology, 制药, drug, drug discovery, pharma, pharmaceutical,
            genetic, genetics, genomics, 基因, antibody, antibodies, 抗体, pathology, histopathology, 病理, nuclear, power system,
            power systems, energy, 电网]

roles:
  # ---- Model layer: foundation models and the classic algorithm families ----
  - id: llm-algorithm-engineer
    zh: 大模型算法工程师
    en: LLM algorithm engineer
    layer: model
    genai: true
    code: 2-02-10-09
    aliases: [大模型算法, 大模型技术岗, 大模型技术岗位, AI大模型技术岗, 大模型工程师, LLM engineer, LLM算法工程师, foundation model engineer,
              大模型技术骨干, 预训练, 后训练, 大模型训练, 大模型对齐, 对齐算法, SFT, pretraining, pre-training, post-training, 大模型研发,
              LLM algorithm engineer, 大模型算法专家]
    compose: [genai + algorithm-engineer, genai + ml-engineer, genai + nlp-engineer, genai + multimodal-algorithm-engineer,
              agent + algorithm-engineer, genai + rl-researcher, genai + data-scientist, genai + other-occupation, genai + intern]
  - id: llm-researcher
    zh: 大模型研究员
    en: LLM research scientist
    layer: model
    genai: true
    code: 2-02-10-09
    aliases: [大模型科学家, 核心科学家, LLM researcher, LLM research scientist, 大模型研究]
    compose: [genai + researcher, genai + ml-researcher, llm-research + researcher, llm-research + other-occupation,
              llm-research + software-engineer, copilot + researcher, agent + researcher]
  - id: ml-researcher
    zh: AI研究员
    en: AI research scientist
    layer: model
    code: 2-02-10-09
    aliases: [AI scientist, AI研究员, 人工智能研究员, AI research scientist, machine learning researcher, ML researcher, research scientist in machine learning]
    compose: [ai + researcher, ml + researcher, nlp + researcher, cv + researcher, speech + researcher, multimodal + researcher,
              recommendation + researcher, search + researcher, interpretability + researcher, interpretability + management,
              ai-rnd + software-engineer, ai-rnd + other-occupation, ai-rnd + intern]
  - id: rl-researcher
    zh: 强化学习专家
    en: Reinforcement learning researcher
    layer: model
    code: 2-02-10-09
    aliases: [RL专家, RL researcher, 强化学习研究员, 强化学习算法, 强化学习工程师, reinforcement learning engineer, reinforcement learning researcher]
    compose: [rl + algorithm-engineer, rl + researcher, rl + ml-engineer, rl + software-engineer, rl + full-stack-developer, rl + intern]
  - id: nlp-engineer
    zh: NLP算法工程师
    en: NLP engineer
    layer: model
    code: 2-02-10-09
    aliases: [自然语言处理工程师, 自然语言处理算法工程师, NLP工程师, NLP engineer, NLP算法, 自然语言处理, natural language processing, NLP scientist]
    compose: [nlp + algorithm-engineer, nlp + ml-engineer, nlp + software-engineer, nlp + data-scientist, nlp + other-occupation,
              nlp + intern, nlp + management]
  - id: cv-engineer
    zh: CV算法工程师
    en: Computer vision engineer
    layer: model
    code: 2-02-10-09
    aliases: [计算机视觉工程师, 计算机视觉, computer vision engineer, CV工程师, CV算法, 图像算法, 视觉算法, 计算机视觉算法, computer vision scientist,
              图像识别, 图像处理算法]
    compose: [cv + algorithm-engineer, cv + ml-engineer, cv + other-occupation, cv + intern, cv + management, image + algorithm-engineer,
              ai + cv + intern,
              ai + cv + other-occupation, ai + image + other-occupation]
  - id: speech-algorithm-engineer
    zh: 语音算法工程师
    en: Speech algorithm engineer
    layer: model
    code: 2-02-10-09
    aliases: [语音算法, 语音识别工程师, 语音识别算法, 语音合成算法, speech recognition engineer, speech scientist, ASR算法, TTS算法]
    compose: [speech + algorithm-engineer, speech + ml-engineer, speech + signal-processing-engineer]
  - id: multimodal-algorithm-engineer
    zh: 多模态算法工程师
    en: Multimodal algorithm engineer
    layer: model
    code: 2-02-10-09
    aliases: [多模态算法, 多模态工程师, multimodal engineer]
    compose: [multimodal + algorithm-engineer, multimodal + ml-engineer]
  - id: recommendation-algorithm-engineer
    zh: 推荐算法工程师
    en: Recommendation algorithm engineer
    layer: model
    code: 2-02-10-09
    aliases: [推荐算法, 推荐系统工程师, recommendation engineer, recommender systems engineer, 搜推算法, 搜广推算法, 推荐系统研发, 推荐引擎]
    compose: [recommendation + algorithm-engineer, recommendation + ml-engineer, recommendation + data-scientist,
              recommendation + other-occupation, recommendation + management]
  - id: search-algorithm-engineer
    zh: 搜索算法工程师
    en: Search algorithm engineer
    layer: model
    code: 2-02-10-09
    aliases: [搜索算法, search algorithm engineer, 检索算法]
    compose: [search + algorithm-engineer, search + ml-engineer]
  - id: ads-algorithm-engineer
    zh: 广告算法工程师
    en: Ads algorithm engineer
    layer: model
    code: 2-02-10-09
    aliases: [广告算法, 计算广告算法]
    compose: [ads + algorithm-engineer, ads + ml-engineer, ads + data-scientist]
  - id: risk-algorithm-engineer
    zh: 风控算法工程师
    en: Risk algorithm engineer
    layer: model
    code: 2-02-10-09
    aliases: [风控算法, 风控模型, 反欺诈算法, 风控建模, 风险建模]
    compose: [risk + algorithm-engineer, risk + ml-engineer, risk + data-scientist]
  - id: growth-algorithm-engineer
    zh: 增长算法工程师
    en: Growth algorithm engineer
    layer: model
    code: 2-02-10-09
    aliases: [增长算法, 营销算法, 用户增长算法]
    compose: [growth + algorithm-engineer, growth + ml-engineer]
  - id: autonomous-driving-algorithm-engineer
    zh: 自动驾驶算法工程师
    en: Autonomous driving algorithm engineer
    layer: model
    code: 2-02-10-09
    aliases: [自动驾驶算法, 感知算法, 规划控制算法, 规控算法, SLAM, SLAM算法, 决策规划算法, 建图算法]
    compose: [autodrive + algorithm-engineer, autodrive + ml-engineer, autodrive + researcher, autodrive + intern,
              perception + algorithm-engineer, perception + ml-engineer, perception + researcher, perception + intern,
              perception + software-engineer]
  - id: algorithm-engineer
    zh: 算法工程师
    en: Algorithm engineer
    layer: model
    code: 2-02-10-09
    aliases: [算法, 算法专家, 算法研究员, algorithm engineer, algorithm, algorithms, 机器学习算法, 深度学习算法, AI算法, 人工智能算法,
              算法实习生, 机器人算法, 具身智能算法, 策略算法, 算法研发, 模型算法]
    compose: [ai + algorithm-engineer, ml + algorithm-engineer]
  - id: ml-engineer
    zh: 机器学习工程师
    en: Machine learning engineer
    layer: model
    code: 2-02-10-09
    aliases: [machine learning engineer, ML engineer, 机器学习工程师, 深度学习工程师, deep learning engineer, applied scientist,
              applied machine learning, 机器学习, 深度学习, MLE, machine learning scientist, ML scientist, machine learning]
    compose: [ml + software-engineer, ml + backend-developer, ml + other-occupation, ml + intern]
  - id: data-scientist
    zh: 数据科学家
    en: Data scientist
    layer: model
    aliases: [data scientist, 数据科学家, 数据科学, data science, 数据挖掘, data mining, 数据挖掘工程师, 数据建模, 建模工程师,
              数据科学工程师, data scientists, 数据挖掘师, 数据挖掘分析师]
    compose: [ai + data-scientist, ml + data-scientist]
  # ---- Compute layer ----
  - id: ai-infra-engineer
    zh: AI基础设施工程师
    en: AI infrastructure engineer
    layer: compute
    code: 2-02-10-09
    aliases: [AI Infra, AI infrastructure, AI基础设施, AI平台, 机器学习平台, 深度学习平台, 大模型平台, ML platform, machine learning platform,
              MLOps, LLMOps, ML Ops, 训练框架, 推理框架, 推理引擎, 推理加速, 推理优化, 模型推理, 模型部署, 模型加速, 分布式训练, 训练平台,
              深度学习框架, AI框架, 异构计算, CUDA, 算子, 算子开发, AI编译器, 深度学习编译器, 推理服务, model serving,
              inference, inference engineer, AI infrastructure engineer, 智算平台, 大模型推理, 训练加速, machine learning operations,
              机器学习架构, ML infrastructure, machine learning infrastructure, AI systems, model infrastructure,
              inference infrastructure, training infrastructure, ML networking, AI实验平台, 大模型infra, 推理系统, 训练系统]
    compose: [ai + devops-engineer, genai + devops-engineer, ml + devops-engineer, ai-infra-engineer + software-engineer,
              ai-infra-engineer + other-occupation, ai-infra-engineer + management, copilot + devops-engineer,
              ai + ai-infra-engineer, ml + ai-infra-engineer, genai + ai-infra-engineer, infra + algorithm-engineer,
              infra + ml-engineer, infra + llm-algorithm-engineer, ai + infra, genai + infra, ml + infra]
  - id: compute-operations
    zh: 算力中心运维
    en: Compute centre operations
    layer: compute
    aliases: [算力中心, 算力, 数据中心算力, compute centre, 智算中心, 智算, 算力运维, AI SRE, 算力调度, GPU运维]
    compose: [compute-operations + solutions-architect, compute-operations + sales, compute-operations + product-manager]
  - id: ai-chip-engineer
    zh: AI芯片工程师
    en: AI chip engineer
    layer: compute
    aliases: [AI芯片, NPU, TPU, AI加速器, AI accelerator, 昇腾, 人工智能芯片, AI硬件, 人工智能硬件, AI hardware]
    compose: [ai + chip-engineer, genai + chip-engineer, ml + chip-engineer]
  # ---- Data layer ----
  - id: data-annotator
    zh: 数据标注员
    en: Data annotator
    layer: data
    code: 4-04-05-05
    aliases: [数据标注, 标注员, data annotation, data labeling, 数据采集与标注, 标注, 标注师, 数据标注师, 标注专员, 标注工程师,
              data labeler, data annotator, annotator, 审核标注, 数据审核员, 图像标注, 语音标注, 文本标注, 数据标注员, 数据标记, 标图, data rater,
              AI rater, AI data rater, search quality rater, quality rater]
    compose: [ai + data-annotator, genai + data-annotator, agent + data-annotator]
  - id: ai-trainer
    zh: 人工智能训练师
    en: AI trainer
    layer: data
    code: 4-04-05-05
    aliases: [AI训练师, 大模型训练师, AIGC训练师, 模型训练师, 对话训练师, 语料训练师, AI trainer, AI training specialist, 智能客服训练师,
              算法训练师, 人工智能训练, AI训练, 机器人训练师]
    compose: [genai + ai-trainer, agent + ai-trainer]
  - id: data-collection-engineer
    zh: 数据采集工程师
    en: Data collection engineer
    layer: data
    aliases: [语料采集, AI数据采集, 训练数据采集]
    compose: [ai + data-collector, genai + data-collector, ml + data-collector, llm-research + data-collector]
  - id: training-data-engineer
    zh: 训练数据工程师
    en: Training data engineer
    layer: data
    aliases: [语料, 训练数据, training data, 数据合成, 语料工程师, 大模型数据, AI数据, 人工智能数据, human data, 数据生产]
    compose: [genai + data-engineer, ai + data-engineer, genai + data-analyst, genai + training-data-engineer, ai + training-data-engineer]
  # ---- Vertical: industry models ----
  - id: vertical-model-engineer
    zh: 行业大模型工程师
    en: Vertical model engineer
    layer: vertical
    code: 2-02-10-09
    aliases: [行业垂类大模型, 垂类大模型, 行业大模型, 垂类大模型算法, 垂类大模型工程师, 行业大模型算法, vertical model engineer,
              industry model engineer, 医疗大模型, 金融大模型, 法律大模型, 教育大模型, 工业大模型]
    compose: [industry + genai + algorithm-engineer, industry + ai + algorithm-engineer, industry + algorithm-engineer,
              industry + genai + researcher, industry + ai + researcher, industry + ml-engineer, industry + genai + ml-engineer,
              industry + ai + ml-engineer, industry + cv + algorithm-engineer, industry + nlp + algorithm-engineer,
              industry + data-scientist, industry + cv-engineer, industry + ai + other-occupation, industry + genai + other-occupation,
              industry + image + algorithm-engineer]
  # ---- Application layer ----
  - id: llm-application-engineer
    zh: 大模型应用开发工程师
    en: LLM application engineer
    layer: application
    genai: true
    code: 2-02-10-09
    aliases: [大模型应用开发, RAG工程师, LLM application developer, 大模型应用, 大模型开发, LLM developer, LLM应用开发, 智能体开发,
              Agent开发, AI Agent开发, Agent工程师, 智能体工程师, agent engineer, LLM application engineer, 大模型应用工程师,
              agent development, agent builder, agent products]
    compose: [genai + software-engineer, genai + full-stack-developer, genai + frontend-developer, genai + backend-developer,
              genai + mobile-developer, agent + software-engineer, agent + full-stack-developer, agent + frontend-developer,
              agent + backend-developer, genai + ai-application-engineer, agent + other-occupation, agent + management,
              agent + security-engineer, copilot + software-engineer, copilot + full-stack-developer, copilot + frontend-developer,
              copilot + backend-developer, agent + embedded-engineer]
  - id: ai-application-engineer
    zh: AI应用开发工程师
    en: AI application engineer
    layer: application
    code: 2-02-10-09
    aliases: [AI应用开发, AI应用工程师, AI engineer, AI开发, AI开发工程师, AI应用, AI developer, AI software engineer, AI全栈,
              AI工程师, AI工程化, 人工智能工程师, 人工智能开发, AI application engineer, AI engineers]
    compose: [ai + software-engineer, ai + full-stack-developer, ai + frontend-developer, ai + backend-developer,
              ai + mobile-developer, ai + embedded-engineer, ai + game-developer, ai + other-occupation, ai + intern,
              ai + management, genai + management]
  - id: fine-tuning-engineer
    zh: 大模型微调工程师
    en: Fine-tuning engineer
    layer: application
    genai: true
    aliases: [微调工程师, 微调, fine-tuning, fine tuning, 模型微调]
  - id: prompt-engineer
    zh: 提示词工程师
    en: Prompt engineer
    layer: application
    genai: true
    aliases: [prompt工程师, 提示工程师, prompt engineer, prompt engineering, 提示词, 提示词设计]
  - id: ai-product-manager
    zh: AI产品经理
    en: AI product manager
    layer: application
    aliases: [AI产品岗, AI产品, AI PM, 大模型产品经理, AI product, AI product manager, AIGC产品经理, AI产品专家, 大模型产品]
    compose: [ai + product-manager, genai + product-manager, ml + product-manager, agent + product-manager,
              algorithm-engineer + product-manager, data-mining + product-manager, copilot + product-manager, recommendation-algorithm-engineer + product-manager,
              search-algorithm-engineer + product-manager]
  - id: ai-operations
    zh: AI运营
    en: AI operations
    layer: application
    aliases: [AI产品运营, AI运营岗, AI operations specialist, AIGC运营, 大模型运营]
    compose: [ai + operations, genai + operations, agent + operations]
  - id: ai-solutions
    zh: AI解决方案/售前
    en: AI solutions and pre-sales
    layer: application
    aliases: [AI售前, AI解决方案, AI pre-sales, AI解决方案架构师, AI solutions architect, AI solutions engineer, 大模型解决方案]
    compose: [ai + solutions-architect, genai + solutions-architect, ml + solutions-architect, ai + consultant, genai + consultant,
              ai + tech-support, genai + tech-support, ai + architect]
  - id: ai-sales
    zh: AI销售与营销
    en: AI sales and marketing
    layer: application
    aliases: [AI销售, AI sales, 大模型销售, AI营销]
    compose: [ai + sales, genai + sales, ai + marketing, genai + marketing]
  - id: llm-test-engineer
    zh: 大模型测试工程师
    en: LLM test engineer
    layer: application
    genai: true
    aliases: [大模型测试, 大模型测试岗, LLM test, LLM QA, 大模型评测, LLM evaluation, 大模型测评]
    compose: [genai + software-tester, agent + software-tester, genai + ai-test-engineer]
  - id: ai-test-engineer
    zh: AI测试与评测工程师
    en: AI test and evaluation engineer
    layer: application
    aliases: [AI测试, 模型评测, AI评测, 评测工程师, model evaluation, 算法测试, 效果评估, AI test engineer, 模型测试, AI评价, 评测, 自动评估]
    compose: [ai + software-tester, ml + software-tester, algorithm-engineer + software-tester]
  - id: aigc-designer
    zh: AIGC设计师
    en: AIGC designer
    layer: application
    aliases: [AI设计师, AI绘画, AI绘图, AI美术, AIGC美术, AI插画, AI原画, AIGC设计, AI设计]
    compose: [genai + designer, ai + designer, genai + ui-designer, ai + ui-designer]
  - id: ai-content-creator
    zh: AIGC内容创作
    en: AIGC content creator
    layer: application
    aliases: [AI视频, AI剪辑, AI短视频, AIGC视频, AI内容, AIGC内容, AI漫剧, AI编剧]
    compose: [genai + video-editor, ai + video-editor, genai + content-editor, ai + content-editor]
  - id: ai-educator
    zh: AI讲师
    en: AI educator
    layer: application
    aliases: [AI讲师, AI老师, 人工智能讲师, AI教师, 人工智能教师, AI培训师, AI instructor]
    compose: [ai + teacher, genai + teacher, ml + teacher, data-mining + teacher, algorithm-engineer + teacher]
  - id: ai-project-manager
    zh: AI项目经理
    en: AI project manager
    layer: application
    aliases: [AI项目经理, AI project manager, 大模型项目经理]
    compose: [ai + project-manager, genai + project-manager]
  - id: ai-investor
    zh: AI投资
    en: AI investment
    layer: application
    aliases: [AI投资岗, AI investor, 投资岗]
  # ---- Outside AI: occupation heads (also the origins of career changers) ----
  - id: software-engineer
    zh: 软件开发工程师
    en: Software engineer
    layer: non-ai
    weak: true
    aliases: [软件开发, 程序员, C++开发, C++软件开发, developer, software developer, 开发工程师, 开发, 软件工程师, software engineer,
              software engineering, SDE, programmer, 研发工程师, 研发, 编程, C++, C++工程师, Python, Python开发, Python工程师, Golang,
              Go开发, Rust, 开发者, engineer software, 技术专家, 架构师, 软件架构师, software architect, coder, 系统开发, 应用开发,
              sde ii, software development engineer, 开发实习生, 程序开发, 软件研发]
  - id: backend-developer
    zh: 后端开发工程师
    en: Back-end developer
    layer: non-ai
    aliases: [后端, 后端开发, 后台开发, 服务端, 服务端开发, Java, Java开发, Java工程师, Java开发工程师, PHP, PHP开发, .NET, C#, backend,
              back-end, back end, server-side, 后台, 服务器开发, Node.js, NodeJS, Go后端, Java后端, Python后端, 后端工程师, backend engineer,
              Java架构师, JAVA高级开发]
  - id: frontend-developer
    zh: 前端开发工程师
    en: Front-end developer
    layer: non-ai
    aliases: [前端, 前端开发, web前端, Web前端开发, 前端工程师, front-end, frontend, front end, H5, H5开发, HTML5, HTML, WebGL, Vue, React, 小程序开发, 小程序,
              web developer, web开发, UI developer, JavaScript, TypeScript]
  - id: full-stack-developer
    zh: 全栈开发工程师
    en: Full-stack developer
    layer: non-ai
    aliases: [全栈, 全栈开发, 全栈工程师, full stack, full-stack, fullstack, full stack developer, full stack engineer]
  - id: mobile-developer
    zh: 移动端开发工程师
    en: Mobile developer
    layer: non-ai
    aliases: [Android, iOS, 安卓, 移动端, 移动开发, 客户端, 客户端开发, Flutter, 鸿蒙, HarmonyOS, mobile developer, mobile engineer, App开发,
              Android开发, iOS开发, React Native]
  - id: game-developer
    zh: 游戏开发工程师
    en: Game developer
    layer: non-ai
    aliases: [游戏开发, 游戏客户端, 游戏服务端, Unity, Unity3D, UE4, UE5, Unreal, 游戏引擎, 引擎开发, game developer, gameplay, game engineer,
              游戏策划, 游戏测试, 游戏, 策划, game designer, 关卡设计, 数值策划, 系统策划]
  - id: embedded-engineer
    zh: 嵌入式工程师
    en: Embedded engineer
    layer: non-ai
    aliases: [嵌入式, 嵌入式开发, 单片机, 固件, firmware, embedded, 驱动开发, 驱动, BSP, Linux驱动, 底层开发, 物联网, IoT, MCU]
  - id: hardware-engineer
    zh: 硬件工程师
    en: Hardware engineer
    layer: non-ai
    aliases: [硬件, 硬件开发, 电子工程师, PCB, 电路设计, FPGA, hardware engineer, hardware, 射频, 结构工程师, 光学工程师, 电源工程师]
  - id: chip-engineer
    zh: 芯片工程师
    en: Chip engineer
    layer: non-ai
    aliases: [芯片, IC设计, 数字IC, 模拟IC, 芯片验证, 验证工程师, 芯片设计, 集成电路, ASIC, SoC, 版图, silicon, chip design, 半导体,
              semiconductor, 封装, 工艺整合, design verification, physical design]
  - id: signal-processing-engineer
    zh: 信号处理与非机器学习算法
    en: Signal processing and non-ML algorithms
    layer: non-ai
    compose: [signal-processing-engineer + algorithm-engineer]
    aliases: [ISP, ISP算法, 多媒体算法, 声学算法, 温控算法, 遥感, 遥感算法, GIS算法, 运筹优化, 运筹, 3A算法, 编解码算法, 通信算法,
              定位算法, 融合定位, 标定, 标定算法, 密码, 密码学, 密码算法, 几何算法, 仿真算法, 仿真, 调度算法, 电机算法, GNSS, 导航, 地图算法,
              隐私计算, 视频传输, 传输算法, 音效, 音效算法, 传统算法, 热管理, 剂量计算, 优化算法, 排产, 信号处理, 雷达算法, 射频算法, 控制算法, 图形算法, DSP, 信号处理算法, 通信工程师, 通信, 无线通信, 基带, 音频算法,
              signal processing, 图形学, 渲染, rendering, 电机控制算法, 编解码, 视频编解码, 导航算法]
  - id: software-tester
    zh: 软件测试工程师
    en: Software tester
    layer: non-ai
    aliases: [软件测试, 测试工程师, QA engineer, tester, 测试, 测试开发, 测开, 自动化测试, 性能测试, 功能测试, QA, quality assurance,
              test engineer, SDET, 测试专员, software test engineer, 测试经理, 质量保障, 质量保证]
  - id: devops-engineer
    zh: 运维工程师
    en: DevOps and operations engineer
    layer: non-ai
    aliases: [运维, 运维开发, DevOps, SRE, site reliability, 系统管理员, sysadmin, IT运维, 网络工程师, network engineer, 云计算, cloud engineer,
              云原生, Kubernetes, K8S, Linux运维, 系统工程师, systems engineer, 桌面运维, IT support, 机房, 数据中心, datacenter, data center,
              site reliability engineer, infrastructure engineer, platform engineer, 基础架构, 基础平台, 云平台, cloud, 存储, storage,
              数据库运维, DBA, 数据库, database, 系统运维, 运维经理, IT工程师, 网管, IT专员]
  - id: security-engineer
    zh: 安全工程师
    en: Security engineer
    layer: non-ai
    aliases: [网络安全, 信息安全, 安全工程师, 安全开发, 渗透测试, 渗透, 安全运营, security engineer, security, cybersecurity, 安全研究员,
              安全专家, 等保, 安全服务, 漏洞, security analyst, 安全架构师]
  - id: data-analyst
    zh: 数据分析师
    en: Data analyst
    layer: non-ai
    aliases: [数据分析, data analyst, BI, BI工程师, 商业分析, business analyst, 数据分析专员, 商业智能, business intelligence, analytics,
              数据运营, 经营分析, 业务分析, 分析师, analyst, 数据分析工程师, data analytics, reporting analyst, 统计, statistician,
              数据专员, 数据统计, 报表, insights analyst, 用户研究, user research, UX researcher, 市场研究, market research]
  - id: data-collector
    zh: 数据采集员
    en: Data collector
    layer: non-ai
    aliases: [数据采集, data collection, 数据采集专员, 数据录入, data entry, 录入员]
  - id: data-engineer
    zh: 大数据开发工程师
    en: Data engineer
    layer: non-ai
    aliases: [数据开发, 大数据, 大数据开发, 数仓, 数据仓库, ETL, data engineer, big data, Hadoop, Spark, Flink, 数据工程师, 数据平台,
              数据开发工程师, 数据架构师, data architect, data engineering, 数据治理, 数据库开发, 爬虫, 爬虫工程师, 数据研发, 大数据工程师]
  - id: product-manager
    zh: 产品经理
    en: Product manager
    layer: non-ai
    aliases: [互联网产品经理, PM, 设计兼产品经理, product manager, 产品, 产品专员, 产品助理, 产品总监, 产品负责人, 产品专家, product owner,
              product management, 产品策划, B端产品, C端产品, 产品规划, 产品设计, 数据产品, 策略产品, product lead, product designer]
  - id: project-manager
    zh: 项目经理
    en: Project manager
    layer: non-ai
    aliases: [项目运营管理, 项目管理, project operations, project manager, 项目专员, PMO, program manager, 项目助理, 交付经理, 项目总监,
              technical program manager, TPM, 实施经理, 项目主管, delivery manager]
  - id: operations
    zh: 运营
    en: Operations
    layer: non-ai
    aliases: [运营岗, 互联网运营, operations specialist, 新媒体运营, 用户运营, 内容运营, 电商运营, 社群运营, 活动运营, 产品运营, 运营专员,
              运营经理, 运营主管, 运营总监, 店铺运营, 直播运营, 渠道运营, 商家运营, operations, operations manager, 运营助理, 抖音运营,
              亚马逊运营, 跨境电商, 游戏运营, 平台运营, 运营官]
  - id: search-strategy
    zh: 搜索/策略
    en: Search and strategy
    layer: non-ai
    aliases: [策略岗, 搜索策略, 策略运营, search strategy, 搜索运营, 策略分析]
  - id: marketing
    zh: 市场营销
    en: Marketing
    layer: non-ai
    aliases: [市场, 市场营销, 营销策划, 品牌, 品牌策划, marketing, 推广, SEO, SEM, 投放, 广告优化, 信息流优化, 市场专员, 市场经理, 市场推广,
              广告投放, 公关, PR, 网络推广, 营销, brand, 品牌经理, marketing manager, growth marketing, 媒介, 整合营销, 海外推广, 电商推广,
              广告, advertising, 活动策划, 会展, 市场部, marketing specialist]
  - id: sales
    zh: 销售
    en: Sales
    layer: non-ai
    aliases: [电销, 电话销售, 销售代表, 销售经理, 销售顾问, 客户经理, 大客户经理, 商务, 商务经理, BD, 业务员, 业务经理, account executive, sales,
              招商, 渠道, 渠道经理, 销售专员, 销售工程师, 商务拓展, 市场开发, 置业顾问, 房产经纪人, 经纪人, sales manager, account manager,
              business development, 销售总监, 销售助理, 门店销售, 导购, 保险代理人, 理财顾问, 外贸, 外贸业务员, 跨境销售, 网络销售,
              sales representative, sales associate, 顾问式销售, 客户成功, customer success, 客户代表, 地推]
  - id: solutions-architect
    zh: 解决方案架构师
    en: Solutions architect
    layer: non-ai
    aliases: [解决方案, 解决方案架构师, solutions architect, solutions engineer, solution architect, 售前, 售前工程师, 售前经理, pre-sales,
              presales, 售前顾问, 方案经理, 解决方案经理, 方案工程师, solutions consultant, solution engineer, 售前技术支持]
  - id: tech-support
    zh: 技术支持工程师
    en: Technical support engineer
    layer: non-ai
    aliases: [技术支持, 实施工程师, 实施, 售后, 售后工程师, support engineer, technical support, 技术服务, 现场工程师, field engineer,
              运维支持, helpdesk, 服务工程师, 实施顾问, 交付工程师, 技术支持工程师, customer support engineer]
  - id: consultant
    zh: 咨询顾问
    en: Consultant
    layer: non-ai
    weak: true
    aliases: [咨询, 顾问, consultant, consulting, advisory, advisor, 咨询顾问, 管理咨询, 战略咨询, 培训顾问, 课程顾问, 留学顾问, SAP顾问, ERP顾问]
  - id: ui-designer
    zh: UI设计师
    en: UI designer
    layer: non-ai
    aliases: [UI设计, UI design, visual designer, UI, UX, UX设计, 交互设计, 交互设计师, 用户体验设计, UX designer, UI/UX, UI/UX designer,
              界面设计, 视觉设计, 视觉设计师, interaction designer, 体验设计]
  - id: designer
    zh: 设计师
    en: Designer
    layer: non-ai
    weak: true
    aliases: [设计师, 平面设计, 美工, designer, 3D设计, 原画, 插画, 插画师, 动画, 动画师, 建模师, 3D建模, 美术, 游戏美术, 包装设计, 工业设计,
              产品设计师, 服装设计, 室内设计, 软装设计, 电商设计, 品牌设计, graphic designer, 设计, design, 特效, 动效, 渲染师, 摄影师,
              motion designer, illustrator, 美术设计, CAD, 绘图, 制图]
  - id: video-editor
    zh: 视频剪辑
    en: Video editor
    layer: non-ai
    aliases: [剪辑, 视频剪辑, 剪辑师, 后期, 后期制作, 摄像, 摄像师, 视频制作, 短视频, 编导, 导演, video editor, videographer, 视频编辑, 直播, 主播,
              带货主播, 影视后期]
  - id: content-editor
    zh: 编辑与内容
    en: Editor and content
    layer: non-ai
    aliases: [编辑, 文案, 文案策划, 新媒体, 内容编辑, 撰稿, 小说, copywriter, writer, content, editor, 内容, 翻译, translator, 内容审核,
              审核员, content moderator, 校对, 出版, 编剧, 运营编辑, 技术写作, technical writer]
  - id: journalist
    zh: 记者
    en: Journalist
    layer: non-ai
    compose: [ai + journalist, genai + journalist, ml + journalist]
    aliases: [记者, journalist, 撰稿人, reporter, 新闻编辑, correspondent]
  - id: customer-service
    zh: 客服
    en: Customer service
    layer: non-ai
    aliases: [快递客服, customer support, 客户服务, customer service, 在线客服, 电话客服, 售后客服, 客服专员, 客服主管, 呼叫中心, call center,
              客户专员, 客服代表, customer service representative]
  - id: hr
    zh: 人力资源
    en: Human resources
    layer: non-ai
    compose: [ai + hr, genai + hr, ml + hr]
    aliases: [人力资源, HR, HRBP, 招聘, 招聘专员, 猎头, recruiter, 人事, 人事专员, talent acquisition, human resources, 薪酬, 绩效, 培训专员,
              员工关系, HRD, 人力, 招聘经理, 组织发展, recruiting, HR manager, 人力资源经理, people partner]
  - id: finance-accounting
    zh: 财务会计
    en: Finance and accounting
    layer: non-ai
    compose: [ai + finance-accounting, genai + finance-accounting, ml + finance-accounting]
    aliases: [财务, 会计, 出纳, 审计, 税务, accountant, accounting, 财务分析, 财务经理, 财务主管, 成本, 成本会计, 总账, 核算, 财务专员, auditor,
              controller, tax, 资金, 预算, financial analyst, FP&A, finance manager, 费用, 应收, 应付, treasury, payroll, 结算]
  - id: finance-investment
    zh: 金融投资
    en: Finance and investment
    layer: non-ai
    aliases: [投资, 投资经理, 基金, 证券, 投行, 风控专员, 风险管理, 信贷, 理财, 行业研究, 投研, 量化, 量化研究员,
              交易员, trader, investment, investment banking, portfolio, 资产管理, 银行柜员, 保险, 精算, actuary, 催收, 贷款, 融资,
              quantitative researcher, quant, 金融, 合规, compliance, risk manager, credit analyst]
  - id: legal
    zh: 法务
    en: Legal
    layer: non-ai
    compose: [ai + legal, genai + legal, ml + legal]
    aliases: [法务, 律师, legal, 法律顾问, 知识产权, 专利, 专利代理, lawyer, attorney, counsel, paralegal, 法务专员, 法务经理, legal counsel]
  - id: admin
    zh: 行政文职
    en: Administration
    layer: non-ai
    compose: [ai + admin, genai + admin, ml + admin]
    aliases: [行政, 前台, 文员, 助理, 秘书, administrative, receptionist, office, 行政专员, 行政主管, 行政经理, 总助, 经理助理, 总经理助理,
              executive assistant, administrative assistant, office manager, 档案, 内勤, 后勤, 办公室, 文秘, 董秘]
  - id: logistics
    zh: 物流与供应链
    en: Logistics and supply chain
    layer: non-ai
    aliases: [物流, 仓储, 仓管, 配送, 快递员, 司机, 骑手, 供应链, 采购, 货运, driver, warehouse, logistics, supply chain, 分拣, 搬运, 理货,
              跟单, 报关, 货代, 物控, 计划员, PMC, procurement, purchasing, buyer, 调度, 叉车, 外卖, 快递, 仓库, 运输, 司机助理, delivery driver,
              truck driver, supply planner, 供应商, sourcing]
  - id: manufacturing
    zh: 生产制造
    en: Manufacturing and engineering
    layer: non-ai
    aliases: [操作工, 普工, 技工, 生产, 工艺工程师, 质量, 质检, QC, 品质, 机械工程师, 电气工程师, 自动化工程师, PLC, 设备工程师, 维修,
              mechanical engineer, electrical engineer, 机械, 电气, 生产主管, 车间, 焊工, 电工, 装配, 数控, CNC, 模具, 工艺, 制造, manufacturing,
              quality engineer, process engineer, 设备, 机修, 技术员, 化工, 材料工程师, 新能源, 光伏, 储能, 电池, 汽车电子, 整车, 底盘,
              动力总成, 机电, 暖通, 给排水, 仪表, 工程师助理, 品质工程师, 工业工程, industrial engineer, 安全员, 环保,
              chemical engineer, maintenance, technician, 质量工程师, 质量管理, SQE, 生产计划, 产线]
  - id: construction
    zh: 建筑工程
    en: Construction and civil engineering
    layer: non-ai
    aliases: [土木, 施工, 造价, 施工员, 监理, 预算员, 建造师, 工程管理, 结构设计, 市政, 路桥, 测绘, 土建, 装修, 水电, 安装工程师,
              civil engineer, construction, 项目工程师, 建筑, 房地产, 物业, property manager, real estate, 地产]
  - id: healthcare
    zh: 医疗健康
    en: Healthcare
    layer: non-ai
    aliases: [医生, 护士, 药师, 医药代表, 临床, nurse, doctor, physician, pharmacist, 康复, 医师, 护理, 医助, 口腔, 牙医, 检验, 影像科,
              临床研究, CRA, CRC, 临床监查, 药剂, 兽医, 中医, 理疗, 健康管理, 营养师, therapist, registered nurse, RN, medical assistant,
              dentist, caregiver, 护工, 医学, 医学经理, MSL, 注册专员, 药物警戒]
  - id: teacher
    zh: 教师
    en: Teacher
    layer: non-ai
    aliases: [教师, 老师, 讲师, 助教, teacher, tutor, instructor, 教研, 班主任, 辅导员, 家教, 幼师, 学管, 教务, 教练, 培训师, trainer,
              professor, 教授, lecturer, 教育, 课程设计, 课程研发, 少儿编程老师, 数学老师, 英语老师, 托管老师, teaching assistant]
  - id: hospitality
    zh: 生活服务
    en: Hospitality and retail
    layer: non-ai
    aliases: [服务员, 厨师, 店长, 收银, 保安, 保洁, 店员, cashier, chef, waiter, retail, 餐饮, 酒店, 前厅, 客房, 咖啡师, barista, 美容, 美发,
              美甲, 健身, 家政, 保姆, 月嫂, 育婴, 门店, 店助, 营业员, 理货员, housekeeper, cook, server, bartender, 领班, 店铺, 导游, 旅游,
              sous chef, store manager, security guard, 保安员, 安保]
  - id: researcher
    zh: 研究员
    en: Researcher
    layer: non-ai
    weak: true
    aliases: [研究员, researcher, scientist, research scientist, 科学家, 研究, research, 博士后, postdoc, postdoctoral, 研究助理, 博士,
              research associate, research assistant, 研发科学家, senior scientist, principal scientist, staff scientist]
  - id: management
    zh: 管理
    en: Management
    layer: non-ai
    weak: true
    occupation: false
    aliases: [总经理, 总监, 经理, 主管, 负责人, CEO, CTO, COO, CFO, VP, 副总裁, director, manager, head of, general manager, 合伙人,
              partner, 厂长, 店总, 区域经理, 总裁, 部门经理, 技术总监, 技术经理, 研发经理, 研发总监, engineering manager, 管理培训生,
              管培生, management trainee, executive, chief]
  - id: intern
    zh: 实习生
    en: Intern
    layer: non-ai
    weak: true
    occupation: false
    aliases: [实习生, intern, internship, 实习, 校招, 应届生, 储备干部, 管培, graduate, new grad, 见习]
  - id: other-occupation
    zh: 其他职位
    en: Other occupation
    layer: non-ai
    weak: true
    occupation: false
    aliases: [专员, 助理工程师, 工程师, engineer, 专家, specialist, 技术, technical, 职员, 员工, coordinator, associate, 代表, 主任, officer,
              lead, principal, strategist]
  - id: urban-planner
    zh: 城市规划师
    en: Urban planner
    layer: non-ai
    aliases: [城市规划, 城规, urban planning, 规划师, 城乡规划]
  - id: architect
    zh: 建筑设计师
    en: Architect
    layer: non-ai
    aliases: [建筑设计, architecture designer, 建筑师, 建筑设计师, 景观设计, 园林设计]
  - id: student
    zh: 学生
    en: Student
    layer: non-ai
    aliases: [在校生, 研究生, graduate student]

industries:
  - id: internet
    zh: 互联网
    en: Internet
    aliases: [互联网公司, 互联网大厂, tech]
  - id: software
    zh: 软件与信息技术服务
    en: Software and IT services
    aliases: [软件, IT, IT服务, 软件外包]
  - id: ai
    zh: 人工智能
    en: Artificial intelligence
    aliases: [AI, 大模型, AI行业]
  - id: real-estate
    zh: 房地产
    en: Real estate
    aliases: [地产, 房地产开发, property]
  - id: architecture-planning
    zh: 建筑与城市规划
    en: Architecture and urban planning
    aliases: [建筑城规, 建筑设计院, 城规, architecture]
  - id: automotive
    zh: 汽车
    en: Automotive
    aliases: [车企, 汽车行业, auto]
  - id: logistics
    zh: 快递物流
    en: Logistics and express delivery
    aliases: [快递, 物流, express delivery]
  - id: agriculture
    zh: 农业
    en: Agriculture
    aliases: [农业公司]
  - id: data-center
    zh: 数据中心与算力
    en: Data centres and compute
    aliases: [数据中心, 算力]
  - id: finance
    zh: 金融
    en: Finance
    aliases: [银行, 证券, banking]
  - id: investment
    zh: 投资
    en: Investment
    aliases: [风投, venture capital, VC]
  - id: education
    zh: 教育
    en: Education
    aliases: [教育培训, 高校, academia, university]

tools:
  - id: rag
    en: RAG (retrieval-augmented generation)
    zh: 检索增强生成
    layer: application
    aliases: [RAG, 搜索增强]
  - id: knowledge-base
    en: Knowledge base
    zh: 知识库
    layer: application
    aliases: [AI知识库, AI搭建知识库]
  - id: fine-tuning
    en: Fine-tuning
    zh: 微调
    layer: application
    aliases: [LoRA, QLoRA, 模型微调]
  - id: agents
    en: Agents
    zh: 智能体
    layer: application
    aliases: [agent, AI agent]
  - id: prompt-engineering
    en: Prompt engineering
    zh: 提示词
    layer: application
    aliases: [prompt, 提示词工程]
  - id: chatbot
    en: Chatbot
    zh: AI对话机器人
    layer: application
    aliases: [对话机器人, chat bot]
  - id: ai-customer-service
    en: AI customer service
    zh: AI智能客服
    layer: application
    aliases: [智能客服]
  - id: fastgpt
    en: FastGPT
    layer: application
    url: https://github.com/labring/FastGPT
  - id: dify
    en: Dify
    layer: application
    url: https://github.com/langgenius/dify
  - id: ragflow
    en: RAGFlow
    layer: application
    url: https://github.com/infiniflow/ragflow
  - id: graphrag
    en: GraphRAG
    layer: application
    url: https://github.com/microsoft/graphrag
  - id: phidata
    en: phidata
    layer: application
    url: https://github.com/phidatahq/phidata
  - id: taskingai
    en: TaskingAI
    layer: application
    url: https://github.com/TaskingAI/TaskingAI
  - id: xtuner
    en: XTuner
    layer: application
    url: https://github.com/InternLM/xtuner
  - id: videochat
    en: VideoChat
    zh: 数字人实时对话
    layer: application
    url: https://github.com/Henry-23/VideoChat
  - id: streamer-sales
    en: Streamer-Sales
    zh: 销冠
    layer: application
    url: https://github.com/PeterH0323/Streamer-Sales
  - id: langchain
    en: LangChain
    layer: application
  - id: reinforcement-learning
    en: Reinforcement learning
    zh: 强化学习
    layer: model
    aliases: [RL]
  - id: nlp
    en: Natural language processing
    zh: 自然语言处理
    layer: model
    aliases: [NLP]
  - id: computer-vision
    en: Computer vision
    zh: 计算机视觉
    layer: model
    aliases: [CV]
"""#
}
