// Generated from Datasets/taxonomy.yaml: do not edit by hand. The test
// "built-in taxonomy matches Datasets/taxonomy.yaml" fails when the two differ; run it with
// CAREERSHIFT_RECORD=1 to write this file anew.

/// The default taxonomy, built into the binary so the tool works from any folder.
enum DefaultTaxonomy {
    static let yaml = #"""
# careershift taxonomy: layers, roles, industries and tools.
#
# Case files and job titles refer to entries by id or by any name below (zh, en, aliases).
# Matching ignores case, full-width/half-width differences and repeated spaces.
# Extend it by editing a copy and passing --taxonomy FILE (or CAREERSHIFT_TAXONOMY=FILE).
# Every role and tool names the layer it sits in: data, compute, model, vertical, application
# or non-ai.

layers:
  - id: data
    zh: 数据层（上游：数据采集与标注）
    en: Data (upstream collection and annotation)
    description: Upstream of the model makers; collecting, cleaning and annotating training data.
  - id: compute
    zh: 算力层（上游：算力中心）
    en: Compute (upstream compute centres)
    description: Upstream of the model makers; data centres and compute services.
  - id: model
    zh: 模型层（底层大模型）
    en: Model (foundation models)
    description: Building, training and researching foundation models.
  - id: vertical
    zh: 中游（行业垂类大模型）
    en: Vertical (industry models)
    description: Midstream; models specialised for one industry.
  - id: application
    zh: 应用层
    en: Application
    description: Products and apps built on models; fine-tuning, RAG, AI product and operations roles.
  - id: non-ai
    zh: 非AI
    en: Non-AI
    description: Work outside AI.

roles:
  # Model layer
  - id: llm-algorithm-engineer
    zh: 大模型算法工程师
    en: LLM algorithm engineer
    layer: model
    aliases: [大模型算法, 大模型技术岗, 大模型技术岗位, AI大模型技术岗, 大模型工程师, LLM engineer, LLM算法工程师, foundation model engineer, 大模型技术骨干]
  - id: llm-researcher
    zh: 大模型研究员
    en: LLM research scientist
    layer: model
    aliases: [研究员, 核心科学家, research scientist, AI scientist, 大模型科学家]
  - id: rl-researcher
    zh: 强化学习专家
    en: Reinforcement learning researcher
    layer: model
    aliases: [RL专家, RL researcher, 强化学习, 强化学习研究员, RL]
  - id: nlp-engineer
    zh: NLP算法工程师
    en: NLP engineer
    layer: model
    aliases: [自然语言处理工程师, NLP]
  - id: cv-engineer
    zh: CV算法工程师
    en: Computer vision engineer
    layer: model
    aliases: [计算机视觉工程师, CV]
  # Upstream
  - id: data-annotator
    zh: 数据标注员
    en: Data annotator
    layer: data
    aliases: [数据标注, 标注员, data annotation, data labeling, 数据采集与标注]
  - id: data-collection-engineer
    zh: 数据采集工程师
    en: Data collection engineer
    layer: data
    aliases: [数据采集, data collection]
  - id: compute-operations
    zh: 算力中心运维
    en: Compute centre operations
    layer: compute
    aliases: [算力中心, 算力, 数据中心算力, compute centre, data center operations]
  # Midstream
  - id: vertical-model-engineer
    zh: 行业大模型工程师
    en: Vertical model engineer
    layer: vertical
    aliases: [行业垂类大模型, 垂类大模型, 行业大模型, 垂类大模型算法, 垂类大模型工程师, 行业大模型算法, vertical model engineer, industry model engineer]
  # Application layer
  - id: llm-application-engineer
    zh: 大模型应用开发工程师
    en: LLM application engineer
    layer: application
    aliases: [AI应用开发, 大模型应用开发, AI应用工程师, RAG工程师, LLM application developer, AI engineer]
  - id: fine-tuning-engineer
    zh: 大模型微调工程师
    en: Fine-tuning engineer
    layer: application
    aliases: [微调工程师, 微调, fine-tuning]
  - id: ai-product-manager
    zh: AI产品经理
    en: AI product manager
    layer: application
    aliases: [AI产品岗, AI产品, AI PM, 大模型产品经理, AI product]
  - id: ai-operations
    zh: AI运营
    en: AI operations
    layer: application
    aliases: [AI产品运营, AI运营岗, AI operations specialist]
  - id: ai-solutions
    zh: AI解决方案/售前
    en: AI solutions and pre-sales
    layer: application
    aliases: [AI售前, AI解决方案, 解决方案, AI pre-sales, solutions engineer]
  - id: llm-test-engineer
    zh: 大模型测试工程师
    en: LLM test engineer
    layer: application
    aliases: [大模型测试, 大模型测试岗, AI测试, LLM test, LLM QA]
  - id: prompt-engineer
    zh: 提示词工程师
    en: Prompt engineer
    layer: application
    aliases: [prompt工程师, 提示工程师]
  - id: ai-investor
    zh: AI投资
    en: AI investment
    layer: application
    aliases: [AI投资岗, AI investor, 投资岗]
  # Outside AI (origins)
  - id: software-engineer
    zh: 软件开发工程师
    en: Software engineer
    layer: non-ai
    aliases: [软件开发, 程序员, C++开发, C++软件开发, developer, software developer]
  - id: software-tester
    zh: 软件测试工程师
    en: Software tester
    layer: non-ai
    aliases: [软件测试, 测试工程师, QA engineer, tester]
  - id: ui-designer
    zh: UI设计师
    en: UI designer
    layer: non-ai
    aliases: [UI设计, 设计师, UI design, visual designer]
  - id: product-manager
    zh: 产品经理
    en: Product manager
    layer: non-ai
    aliases: [互联网产品经理, PM, 设计兼产品经理]
  - id: operations
    zh: 运营
    en: Operations
    layer: non-ai
    aliases: [运营岗, 互联网运营, operations specialist]
  - id: search-strategy
    zh: 搜索/策略
    en: Search and strategy
    layer: non-ai
    aliases: [搜索, 策略, 策略岗, search engineer, strategy]
  - id: customer-service
    zh: 客服
    en: Customer service
    layer: non-ai
    aliases: [快递客服, customer support]
  - id: urban-planner
    zh: 城市规划师
    en: Urban planner
    layer: non-ai
    aliases: [城市规划, 城规, urban planning]
  - id: architect
    zh: 建筑设计师
    en: Architect
    layer: non-ai
    aliases: [建筑设计, architecture designer]
  - id: project-manager
    zh: 项目经理
    en: Project manager
    layer: non-ai
    aliases: [项目运营管理, 项目管理, project operations]
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
