// The shipped schemas' titles and descriptions in Simplified Chinese, read by hover, completion and
// schema findings when the reader's language is zh-CN. The English stays in schemas/ (one schema);
// an entry is keyed by where its English stands: `<file kind>#<JSON pointer of the keyword>`, an
// enum value's description by its index (`…/markdownEnumDescriptions/2`), and repeats the English
// it translates, so a text changed in the schema shows its entry as stale (and is shown in English
// until the entry follows). Terms follow docs/glossary.md. test/core/schema-texts.test.mjs fails
// when a text of the schemas has no entry here, an entry is stale or names a place the schemas no
// longer have, or an entry reads as English. Its type is checked where schema-texts.ts gathers
// the languages (SchemaTranslations).
export const SCHEMA_ZH_CN = {
  'protocol#/title': { en: 'Reimage protocol', text: 'Reimage 规范' },
  'protocol#/description': {
    en: "A hospital's requirement profile: which outside imaging it accepts for which clinical situation, and what a redo costs in time and money.",
    text: '一家医院的检查要求规范：在何种临床情境下认可哪些外院影像，以及重做所需的时间和费用。',
  },
  'protocol#/markdownDescription': {
    en: 'A **requirement profile** of one hospital (`*.protocol.yaml`): which outside studies it accepts for which clinical situation, and what a redo costs in time and money. See `docs/language.md`.',
    text: '一家医院的**检查要求规范**（`*.protocol.yaml`）：在何种临床情境下认可哪些外院检查，以及重做所需的时间和费用。详见 `docs/language.md`。',
  },
  'protocol#/properties/protocol/description': {
    en: 'Id of the protocol, kebab-case, unique in the workspace.',
    text: '规范的标识，短横线小写（kebab-case），在工作区内唯一。',
  },
  'protocol#/properties/protocol/markdownDescription': {
    en: "The profile's name in kebab-case, unique among the profiles: `tier3a-public`. Cases name it in their `protocol` key; other profiles in `extends`.",
    text: '规范的名称，短横线小写（kebab-case），在所有规范中唯一：`tier3a-public`。病例在其 `protocol` 键中引用它，其他规范在 `extends` 中引用它。',
  },
  'protocol#/properties/title/description': { en: 'Human-readable title of the protocol.', text: '规范的可读标题。' },
  'protocol#/properties/title/markdownDescription': {
    en: 'A readable title shown in reports: `Tier-3A public hospital, default requirements`.',
    text: '报告中显示的可读标题：`Tier-3A public hospital, default requirements`。',
  },
  'protocol#/properties/language/description': { en: "The language the profile's plain strings are written in.", text: '规范中普通字符串所用的语言。' },
  'protocol#/properties/language/markdownDescription': {
    en: "The language the profile's plain strings (`because`, `advice`, `note`, …) are written in: `en` (the default) or `zh-CN`. Text written per language (`{ en: …, zh-CN: … }`) says its languages itself.",
    text: '规范中普通字符串（`because`、`advice`、`note` 等）所用的语言：`en`（默认）或 `zh-CN`。按语言分别书写的文本（`{ en: …, zh-CN: … }`）自行注明其语言。',
  },
  'protocol#/properties/language/markdownEnumDescriptions/0': { en: 'English (the default).', text: '英语（默认）。' },
  'protocol#/properties/language/markdownEnumDescriptions/1': { en: 'Simplified Chinese (简体中文).', text: '简体中文。' },
  'protocol#/properties/extends/description': {
    en: 'Id of a parent protocol this one is built on; the child wins key by key and rules merge by id.',
    text: '本规范所继承的上级规范的标识；下级规范逐键覆盖上级，规则按标识合并。',
  },
  'protocol#/properties/extends/markdownDescription': {
    en: "The profile this one builds on: `tier3a-public`. Everything not written here is taken from it; rules with the same `id` replace the parent's. E.g. a private hospital profile extends the public one and adds `costs.private_multiplier: 2..4`.",
    text: '本规范所继承的规范：`tier3a-public`。此处未写的内容均取自上级规范；`id` 相同的规则替换上级的规则。例如，私立医院的规范继承公立医院的规范，并增加 `costs.private_multiplier: 2..4`。',
  },
  'protocol#/properties/hospital/description': {
    en: 'The receiving hospital: sector, currency, holidays, workdays.',
    text: '接收医院：公立/私立、币种、节假日、调休工作日。',
  },
  'protocol#/properties/hospital/markdownDescription': {
    en: 'The receiving hospital: `{ sector: public, currency: USD, holidays: [2026-10-01..2026-10-07] }`.',
    text: '接收医院：`{ sector: public, currency: USD, holidays: [2026-10-01..2026-10-07] }`。',
  },
  'protocol#/properties/validity/description': { en: 'How old a study may be per clinical context.', text: '各临床情境下检查的有效期。' },
  'protocol#/properties/validity/markdownDescription': {
    en: 'How old a study may be **per clinical situation**: `active-oncology: { window: 4w..6w, beyond: redo }`. The seed: active oncology 4–6 weeks, pre-cardiac surgery 2 weeks.',
    text: '**按临床情境**规定检查的有效期：`active-oncology: { window: 4w..6w, beyond: redo }`。原文：肿瘤活动期 4–6 周，心脏手术前 2 周。',
  },
  'protocol#/properties/regions/description': { en: 'Regions the profile adds to the default hierarchy.', text: '本规范在默认部位层级之外增加的部位。' },
  'protocol#/properties/regions/markdownDescription': {
    en: 'Parts added under a region, beside the default hierarchy: `{ abdomen: [adrenal] }`.',
    text: '在默认部位层级之外，于某一部位之下增加的部位：`{ abdomen: [adrenal] }`。',
  },
  'protocol#/properties/concerns/description': { en: 'Which regions each indication or symptom concerns.', text: '各诊断或症状所涉及的部位。' },
  'protocol#/properties/concerns/markdownDescription': {
    en: "Which regions a patient's indication or symptom concerns: `{ liver-cancer: liver, new-headache: head }`.",
    text: '患者的诊断或症状所涉及的部位：`{ liver-cancer: liver, new-headache: head }`。',
  },
  'protocol#/properties/missing/description': {
    en: 'What a missing sequence or phase takes: supplement, redo or review.',
    text: '缺失某一序列或期相时的处理：补充、重做或复核。',
  },
  'protocol#/properties/missing/markdownDescription': {
    en: 'Per sequence or phase, what a study missing it gets, for every rule: `{ DWI: supplement, DCE: redo }`.',
    text: '按序列或期相规定：缺少该项的检查在所有规则下得到的结论：`{ DWI: supplement, DCE: redo }`。',
  },
  'protocol#/properties/rules/description': { en: 'The list of rules a study must meet.', text: '检查须满足的规则列表。' },
  'protocol#/properties/rules/markdownDescription': {
    en: "The hospital's requirements, one rule each: thin-slice CT for oncology, MRI sequences per disease, ultrasound redone in house, infection imaging in house, new imaging when the condition changed.",
    text: '医院的各项要求，每条一个规则：肿瘤患者需薄层 CT、不同疾病所需的 MRI 序列、超声在本院重做、感染相关影像在本院完成、病情变化时需新增检查。',
  },
  'protocol#/properties/timelines/description': { en: 'How long a redo takes, per modality.', text: '各检查方式重做所需的时间。' },
  'protocol#/properties/timelines/markdownDescription': {
    en: 'How long a redo takes per modality: `CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }` — the seed\'s "typical timeline by modality" table.',
    text: '各检查方式重做所需的时间：`CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }`——即原文中“各检查方式的典型时间”表。',
  },
  'protocol#/properties/costs/description': {
    en: 'What a redo costs, per modality, in hospital.currency.',
    text: '各检查方式重做的费用，以 hospital.currency 计。',
  },
  'protocol#/properties/costs/markdownDescription': {
    en: 'What a redo costs per modality: `PET-CT: 1100..1500`. The seed: PET-CT about $1,100–1,500 at a public IMD.',
    text: '各检查方式重做的费用：`PET-CT: 1100..1500`。原文：公立医院国际医疗部 PET-CT 约 1,100–1,500 美元。',
  },
  'protocol#/properties/advice/description': {
    en: 'Advice lines for the patient and the situations that trigger them.',
    text: '给患者的建议条目及触发它们的情形。',
  },
  'protocol#/properties/advice/markdownDescription': {
    en: "Advice for the patient, each with the situation that shows it: `- { when: expired, text: Only bring your most recent imaging. }` — the seed's five strategies.",
    text: '给患者的建议，每条注明在何种情形下显示：`- { when: expired, text: Only bring your most recent imaging. }`——即原文中的五条策略。',
  },
  'protocol#/defaultSnippets/0/description': { en: 'a whole requirement profile', text: '一份完整的检查要求规范' },
  'protocol#/$defs/id/description': {
    en: 'A kebab-case identifier: lower-case letters, digits and hyphens, starting with a letter or digit.',
    text: '短横线小写（kebab-case）标识：小写字母、数字和连字符，以字母或数字开头。',
  },
  'protocol#/$defs/id/markdownDescription': {
    en: 'A short name in **kebab-case**: lower-case letters, digits and hyphens, no spaces — for example `oncology-thin-slice-ct` or `tier3a-public`. Reports, cases and other profiles refer to things by this name, so keep it stable once others use it.',
    text: '短横线小写（**kebab-case**）的简短名称：小写字母、数字和连字符，不含空格——例如 `oncology-thin-slice-ct` 或 `tier3a-public`。报告、病例和其他规范都用这个名称引用，一旦被引用请保持不变。',
  },
  'protocol#/$defs/id/title': { en: 'a kebab-case id', text: '短横线小写（kebab-case）标识' },
  'protocol#/$defs/length/description': {
    en: 'A length in millimetres, number and unit without a space, e.g. 2.5mm.',
    text: '以毫米为单位的长度，数字与单位之间不留空格，如 2.5mm。',
  },
  'protocol#/$defs/length/markdownDescription': {
    en: 'A length in **millimetres**, written without a space between number and unit: `2.5mm`, `5mm`. (Write `5mm`, not `5 mm` or `0.5cm`.)',
    text: '以**毫米**为单位的长度，数字与单位之间不留空格：`2.5mm`、`5mm`。（请写 `5mm`，不要写 `5 mm` 或 `0.5cm`。）',
  },
  'protocol#/$defs/length/title': { en: 'a length', text: '长度' },
  'protocol#/$defs/lengthComparison/description': { en: 'A comparison with a length in millimetres, e.g. <= 2.5mm.', text: '与毫米长度的比较，如 <= 2.5mm。' },
  'protocol#/$defs/lengthComparison/markdownDescription': {
    en: 'A limit on a length: an operator (`<=`, `>=`, `<`, `>`) and a length in millimetres — `<= 2.5mm` means "2.5 mm or thinner". A space after the operator is allowed; none between number and unit. The seed: oncology evaluation typically needs thin sections `<= 2.5mm`.',
    text: '长度限值：运算符（`<=`、`>=`、`<`、`>`）加毫米长度——`<= 2.5mm` 表示“2.5 mm 或更薄”。运算符后可以有空格，数字与单位之间不能有。原文：肿瘤评估通常需要薄层 `<= 2.5mm`。',
  },
  'protocol#/$defs/lengthComparison/title': { en: 'a length comparison', text: '长度比较式' },
  'protocol#/$defs/fieldStrength/description': { en: 'A magnetic field strength in tesla, e.g. 1.5T.', text: '以特斯拉为单位的磁场强度，如 1.5T。' },
  'protocol#/$defs/fieldStrength/markdownDescription': {
    en: "The MRI scanner's **field strength in tesla**, written without a space: `1.5T`, `3T`, `0.5T`. The seed: 1.5T vs 3.0T affects soft-tissue contrast; open low-field (0.5T) MRI typically requires a re-do.",
    text: 'MRI 扫描仪的**场强（特斯拉）**，不留空格：`1.5T`、`3T`、`0.5T`。原文：1.5T 与 3.0T 影响软组织对比；开放式低场（0.5T）MRI 通常需要重做。',
  },
  'protocol#/$defs/fieldStrength/title': { en: 'a field strength', text: '场强' },
  'protocol#/$defs/fieldStrengthComparison/description': {
    en: 'A comparison with a field strength in tesla, e.g. >= 1.5T.',
    text: '与特斯拉场强的比较，如 >= 1.5T。',
  },
  'protocol#/$defs/fieldStrengthComparison/markdownDescription': {
    en: 'A limit on the MRI field strength: an operator (`<=`, `>=`, `<`, `>`) and a strength in tesla — `>= 1.5T` means "1.5 tesla or stronger". The seed: neurology and oncology precision evaluation typically need `>= 1.5T` (ideally 3.0T).',
    text: 'MRI 场强限值：运算符（`<=`、`>=`、`<`、`>`）加特斯拉场强——`>= 1.5T` 表示“1.5 特斯拉或更高”。原文：神经和肿瘤的精确评估通常需要 `>= 1.5T`（最好 3.0T）。',
  },
  'protocol#/$defs/fieldStrengthComparison/title': { en: 'a field strength comparison', text: '场强比较式' },
  'protocol#/$defs/window/description': {
    en: 'A validity window: one duration (d, w, mo, y) or a range A..B of durations.',
    text: '有效期：一个时长（d、w、mo、y）或时长范围 A..B。',
  },
  'protocol#/$defs/window/markdownDescription': {
    en: 'How old a study may be on the evaluation date, in days `d`, weeks `w`, calendar months `mo` or calendar years `y`.\n\n- `2w` — up to 2 weeks old: accepted; older: the `beyond` verdict.\n- `4w..6w` — up to 4 weeks: accepted; 4 to 6 weeks: the physician reviews; older than 6 weeks: the `beyond` verdict.\n\nThe seed: active oncology `4w..6w`, pre-cardiac surgery `2w`, stable orthopedic `3mo..6mo`.',
    text: '在评估日期时检查可以有多“旧”，以天 `d`、周 `w`、自然月 `mo` 或自然年 `y` 计。\n\n- `2w`——不超过 2 周：认可；更早：按 `beyond` 的结论。\n- `4w..6w`——不超过 4 周：认可；4 至 6 周：由医生复核；超过 6 周：按 `beyond` 的结论。\n\n原文：肿瘤活动期 `4w..6w`，心脏手术前 `2w`，骨科稳定期 `3mo..6mo`。',
  },
  'protocol#/$defs/window/title': { en: 'a validity window', text: '有效期' },
  'protocol#/$defs/turnaround/description': {
    en: 'A turnaround time in min, h or bd (business days), or a range of them, or on-the-spot.',
    text: '所需时间，以 min、h 或 bd（工作日）计，或其范围，或 on-the-spot（当场）。',
  },
  'protocol#/$defs/turnaround/markdownDescription': {
    en: "How long a step takes: minutes `min`, hours `h` or **business days** `bd` (weekends and the hospital's holidays do not count), one value or a range `a..b`; `on-the-spot` means at once (ultrasound reports). Examples: `15min..30min`, `1h..2h`, `1bd..2bd`. The seed: CT report within 1–2 business days → `1bd..2bd`.",
    text: '某一步骤所需的时间：分钟 `min`、小时 `h` 或**工作日** `bd`（周末和医院节假日不计），一个值或范围 `a..b`；`on-the-spot` 表示当场完成（超声报告）。示例：`15min..30min`、`1h..2h`、`1bd..2bd`。原文：CT 报告 1–2 个工作日内出具 → `1bd..2bd`。',
  },
  'protocol#/$defs/turnaround/title': { en: 'a turnaround time', text: '所需时间' },
  'protocol#/$defs/money/description': {
    en: "An amount in the protocol's currency: a plain number or a range a..b.",
    text: '以规范币种计的金额：一个数字或范围 a..b。',
  },
  'protocol#/$defs/money/markdownDescription': {
    en: "A price in the hospital's currency (`hospital.currency`): one number `1200` or a range `1100..1500`, without a currency sign or thousands separator. The seed: a PET-CT re-do at a public IMD costs about $1,100–1,500 → `1100..1500`.",
    text: '以医院币种（`hospital.currency`）计的价格：一个数字 `1200` 或范围 `1100..1500`，不带货币符号和千位分隔符。原文：公立医院国际医疗部重做 PET-CT 约 1,100–1,500 美元 → `1100..1500`。',
  },
  'protocol#/$defs/money/title': { en: 'an amount of money', text: '金额' },
  'protocol#/$defs/money/anyOf/0/title': { en: 'an amount', text: '金额' },
  'protocol#/$defs/money/anyOf/1/title': { en: 'an amount or a range', text: '金额或金额范围' },
  'protocol#/$defs/multiplier/description': { en: 'A factor, a plain number or a range a..b.', text: '系数：一个数字或范围 a..b。' },
  'protocol#/$defs/multiplier/markdownDescription': {
    en: 'A factor by which prices are multiplied: one number `3` or a range `2..4`. The seed: private international hospitals typically charge 2–4× public prices → `2..4`.',
    text: '价格所乘的系数：一个数字 `3` 或范围 `2..4`。原文：私立国际医院的收费通常是公立医院的 2–4 倍 → `2..4`。',
  },
  'protocol#/$defs/multiplier/title': { en: 'a multiplier', text: '价格系数' },
  'protocol#/$defs/multiplier/anyOf/0/title': { en: 'a factor', text: '系数' },
  'protocol#/$defs/multiplier/anyOf/1/title': { en: 'a factor or a range', text: '系数或系数范围' },
  'protocol#/$defs/date/description': { en: 'A calendar date written YYYY-MM-DD.', text: '日历日期，写作 YYYY-MM-DD。' },
  'protocol#/$defs/date/markdownDescription': {
    en: 'A calendar date as year-month-day: `2026-04-10` (10 April 2026).',
    text: '按“年-月-日”书写的日期：`2026-04-10`（2026年4月10日）。',
  },
  'protocol#/$defs/date/title': { en: 'a date', text: '日期' },
  'protocol#/$defs/dateOrRange/description': {
    en: 'A date YYYY-MM-DD or a range of dates YYYY-MM-DD..YYYY-MM-DD, both days included.',
    text: '日期 YYYY-MM-DD，或日期范围 YYYY-MM-DD..YYYY-MM-DD（首尾两天均包含在内）。',
  },
  'protocol#/$defs/dateOrRange/markdownDescription': {
    en: 'One day `2026-05-01`, or a run of days `2026-10-01..2026-10-07` (first and last day both included) — e.g. a national holiday week.',
    text: '某一天 `2026-05-01`，或连续的若干天 `2026-10-01..2026-10-07`（首尾两天均包含在内）——例如国庆假期。',
  },
  'protocol#/$defs/dateOrRange/title': { en: 'a date or date range', text: '日期或日期范围' },
  'protocol#/$defs/verdict/description': {
    en: 'A verdict on an outside study: accept, review, supplement or redo (from mildest to most severe).',
    text: '对外院检查的结论：认可、复核、补充或重做（由轻到重）。',
  },
  'protocol#/$defs/verdict/markdownDescription': {
    en: 'What happens to an outside study, from mildest to most severe: `accept` < `review` < `supplement` < `redo`.',
    text: '外院检查的处理结论，由轻到重：`accept`（认可）< `review`（复核）< `supplement`（补充）< `redo`（重做）。',
  },
  'protocol#/$defs/verdict/title': { en: 'a verdict', text: '结论' },
  'protocol#/$defs/verdict/markdownEnumDescriptions/0': { en: '**Accept** — usable as it is.', text: '**认可**——可直接使用。' },
  'protocol#/$defs/verdict/markdownEnumDescriptions/1': {
    en: '**Review** — the physician decides; typically usable.',
    text: '**复核**——由医生决定；通常可用。',
  },
  'protocol#/$defs/verdict/markdownEnumDescriptions/2': {
    en: '**Supplement** — keep the study but add what is missing (a sequence, a baseline); often cheaper at home before travel.',
    text: '**补充**——保留该检查，补做缺少的部分（某个序列、一次基线检查）；出发前在原就诊医院补做通常更便宜。',
  },
  'protocol#/$defs/verdict/markdownEnumDescriptions/3': { en: '**Redo** — must be redone in house.', text: '**重做**——必须在本院重新检查。' },
  'protocol#/$defs/severeVerdict/description': { en: 'A verdict other than accept: review, supplement or redo.', text: '认可以外的结论：复核、补充或重做。' },
  'protocol#/$defs/severeVerdict/markdownDescription': {
    en: 'The verdict when something is not as required: `review`, `supplement` or `redo` (`accept` makes no sense here).',
    text: '未达到要求时的结论：`review`（复核）、`supplement`（补充）或 `redo`（重做）（此处写 `accept` 没有意义）。',
  },
  'protocol#/$defs/severeVerdict/title': { en: 'a verdict other than accept', text: '认可以外的结论' },
  'protocol#/$defs/severeVerdict/markdownEnumDescriptions/0': {
    en: '**Review** — the physician decides; typically usable.',
    text: '**复核**——由医生决定；通常可用。',
  },
  'protocol#/$defs/severeVerdict/markdownEnumDescriptions/1': {
    en: '**Supplement** — keep the study but add what is missing (a sequence, a baseline); often cheaper at home before travel.',
    text: '**补充**——保留该检查，补做缺少的部分（某个序列、一次基线检查）；出发前在原就诊医院补做通常更便宜。',
  },
  'protocol#/$defs/severeVerdict/markdownEnumDescriptions/2': { en: '**Redo** — must be redone in house.', text: '**重做**——必须在本院重新检查。' },
  'protocol#/$defs/modality/description': {
    en: 'An imaging modality: XR, CT, MR, US, PET-CT or PET-MR.',
    text: '检查方式：XR、CT、MR、US、PET-CT 或 PET-MR。',
  },
  'protocol#/$defs/modality/markdownDescription': {
    en: 'The kind of imaging: `XR` X-ray, `CT`, `MR` (MRI), `US` ultrasound, `PET-CT`, `PET-MR`.',
    text: '影像检查的种类：`XR` X 线、`CT`、`MR`（MRI，磁共振）、`US` 超声、`PET-CT`、`PET-MR`。',
  },
  'protocol#/$defs/modality/title': { en: 'a modality', text: '检查方式' },
  'protocol#/$defs/modality/markdownEnumDescriptions/0': {
    en: '**X-ray / DR** (radiography). The seed: scan 10–30 minutes, report 1–2 hours, same day.',
    text: '**X 线 / DR**（X 线摄影）。原文：扫描 10–30 分钟，报告 1–2 小时，当天完成。',
  },
  'protocol#/$defs/modality/markdownEnumDescriptions/1': {
    en: '**CT** (computed tomography). The seed: scan 15–30 minutes, report 1–2 business days.',
    text: '**CT**（计算机断层扫描）。原文：扫描 15–30 分钟，报告 1–2 个工作日。',
  },
  'protocol#/$defs/modality/markdownEnumDescriptions/2': {
    en: '**MRI** (magnetic resonance). The seed: scan 30–60 minutes, report 1–3 business days.',
    text: '**MRI**（磁共振成像）。原文：扫描 30–60 分钟，报告 1–3 个工作日。',
  },
  'protocol#/$defs/modality/markdownEnumDescriptions/3': {
    en: '**Ultrasound**. The seed: almost always redone in house; report on the spot.',
    text: '**超声**。原文：几乎总是在本院重做；当场出具报告。',
  },
  'protocol#/$defs/modality/markdownEnumDescriptions/4': {
    en: '**PET-CT**. The seed: 2–3 hours including tracer preparation, report 2–3 business days; re-do means re-injecting the tracer.',
    text: '**PET-CT**。原文：含示踪剂准备共 2–3 小时，报告 2–3 个工作日；重做意味着重新注射示踪剂。',
  },
  'protocol#/$defs/modality/markdownEnumDescriptions/5': {
    en: '**PET-MR**. The seed: 2–3 hours, report 3–5 business days.',
    text: '**PET-MR**。原文：2–3 小时，报告 3–5 个工作日。',
  },
  'protocol#/$defs/sequence/description': {
    en: 'An MR sequence: T1, T2, FLAIR, DWI, ADC, T1-contrast, DCE, cine, LGE, SWI, T2*, MRA or perfusion.',
    text: 'MR 序列：T1、T2、FLAIR、DWI、ADC、T1-contrast、DCE、cine、LGE、SWI、T2*、MRA 或 perfusion。',
  },
  'protocol#/$defs/sequence/markdownDescription': {
    en: 'An MRI sequence, spelled as in the vocabulary: `T1`, `T2`, `FLAIR`, `DWI`, `ADC`, `T1-contrast`, `DCE`, `cine`, `LGE`, `SWI`, `T2*`, `MRA`, `perfusion`.',
    text: 'MRI 序列，按词表拼写：`T1`、`T2`、`FLAIR`、`DWI`、`ADC`、`T1-contrast`、`DCE`、`cine`、`LGE`、`SWI`、`T2*`、`MRA`、`perfusion`。',
  },
  'protocol#/$defs/sequence/title': { en: 'an MR sequence', text: 'MR 序列' },
  'protocol#/$defs/sequence/markdownEnumDescriptions/0': { en: '**T1-weighted** — anatomy.', text: '**T1 加权成像 T1WI**——显示解剖结构。' },
  'protocol#/$defs/sequence/markdownEnumDescriptions/1': {
    en: '**T2-weighted** — fluid and oedema; needed for brain, prostate and breast MRI in the seed.',
    text: '**T2 加权成像 T2WI**——显示液体和水肿；原文中脑、前列腺和乳腺 MRI 均需要。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/2': {
    en: '**FLAIR** — T2 with fluid suppressed; brain tumour and stroke work-up.',
    text: '**液体衰减反转恢复序列 FLAIR**——抑制液体信号的 T2；用于脑肿瘤和卒中检查。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/3': {
    en: "**Diffusion-weighted imaging**. The seed: without DWI, acute infarction can't be assessed and PI-RADS grading is affected.",
    text: '**弥散加权成像 DWI**。原文：没有 DWI，无法评估急性梗死，PI-RADS 评分也会受影响。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/4': {
    en: '**Apparent diffusion coefficient** map, computed from DWI.',
    text: '**表观弥散系数 ADC** 图，由 DWI 计算得出。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/5': {
    en: '**T1 after contrast** (gadolinium). The seed: brain tumour / stroke needs contrast.',
    text: '**增强后 T1**（钆对比剂）。原文：脑肿瘤/卒中需要增强扫描。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/6': {
    en: '**Dynamic contrast-enhanced** series. The seed: without dynamic contrast, BI-RADS assessment is affected.',
    text: '**动态增强 DCE** 序列。原文：没有动态增强，BI-RADS 评估会受影响。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/7': {
    en: '**Cine** — moving images of the beating heart (cardiac MRI).',
    text: '**电影序列 cine**——心脏跳动的动态图像（心脏 MRI）。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/8': {
    en: "**Late gadolinium enhancement**. The seed: without LGE, myocardial fibrosis can't be assessed.",
    text: '**延迟强化 LGE**。原文：没有 LGE，无法评估心肌纤维化。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/9': {
    en: '**Susceptibility-weighted imaging** — blood products and calcification.',
    text: '**磁敏感加权成像 SWI**——显示出血成分和钙化。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/10': {
    en: '**T2\\*-weighted** (gradient echo) — blood products and calcification.',
    text: '**T2\\* 加权成像**（梯度回波）——显示出血成分和钙化。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/11': {
    en: '**MR angiography** — the vessels (time-of-flight or contrast-enhanced).',
    text: '**磁共振血管成像 MRA**——显示血管（时间飞跃法或对比增强）。',
  },
  'protocol#/$defs/sequence/markdownEnumDescriptions/12': {
    en: '**Perfusion** (DSC, DCE or ASL) — blood flow in tissue; part of the brain tumour imaging protocol.',
    text: '**灌注成像**（DSC、DCE 或 ASL）——组织的血流；属于脑肿瘤影像检查方案的一部分。',
  },
  'protocol#/$defs/phase/description': {
    en: 'A contrast phase: non-contrast, arterial (early-arterial, late-arterial), portal-venous, transitional, delayed or hepatobiliary.',
    text: '增强期相：non-contrast（平扫）、arterial（动脉期；early-arterial、late-arterial）、portal-venous（门静脉期）、transitional（移行期）、delayed（延迟期）或 hepatobiliary（肝胆期）。',
  },
  'protocol#/$defs/phase/markdownDescription': {
    en: 'A phase of a contrast study (CT or MRI): `non-contrast`, `arterial` (or, more precisely, `early-arterial` / `late-arterial`), `portal-venous`, `transitional`, `delayed`, `hepatobiliary`. The seed: liver cancer needs arterial, portal venous and delayed phases.',
    text: '增强检查（CT 或 MRI）的期相：`non-contrast`、`arterial`（或更精确的 `early-arterial` / `late-arterial`）、`portal-venous`、`transitional`、`delayed`、`hepatobiliary`。原文：肝癌需要动脉期、门静脉期和延迟期。',
  },
  'protocol#/$defs/phase/title': { en: 'a contrast phase', text: '增强期相' },
  'protocol#/$defs/phase/markdownEnumDescriptions/0': { en: '**Non-contrast** (plain) series before injection.', text: '注射前的**平扫**序列。' },
  'protocol#/$defs/phase/markdownEnumDescriptions/1': {
    en: '**Arterial** phase, shortly after injection, without saying early or late. Meets a requirement for `arterial`; for `late-arterial` it is unknown (the physician checks the timing).',
    text: '**动脉期**，注射后不久，未注明早期或晚期。满足 `arterial` 的要求；对 `late-arterial` 的要求则为未知（由医生核对时相）。',
  },
  'protocol#/$defs/phase/markdownEnumDescriptions/2': {
    en: '**Early arterial** phase: arteries enhanced, portal vein not yet. Counts as `arterial`; does not meet a `late-arterial` requirement.',
    text: '**动脉早期**：动脉已强化，门静脉尚未强化。计为 `arterial`；不满足 `late-arterial` 的要求。',
  },
  'protocol#/$defs/phase/markdownEnumDescriptions/3': {
    en: "**Late arterial** phase: hepatic artery fully and portal vein partly enhanced — LI-RADS' preferred arterial phase. Counts as `arterial`.",
    text: '**动脉晚期**：肝动脉完全强化、门静脉部分强化——LI-RADS 推荐的动脉期。计为 `arterial`。',
  },
  'protocol#/$defs/phase/markdownEnumDescriptions/4': { en: '**Portal venous** phase.', text: '**门静脉期**。' },
  'protocol#/$defs/phase/markdownEnumDescriptions/5': {
    en: '**Transitional** phase (hepatobiliary agents such as gadoxetate, about 2–5 minutes).',
    text: '**移行期**（使用钆塞酸二钠等肝胆特异性对比剂，约 2–5 分钟）。',
  },
  'protocol#/$defs/phase/markdownEnumDescriptions/6': {
    en: "**Delayed** phase. The seed: without multi-phase contrast, liver cancer can't be accurately diagnosed.",
    text: '**延迟期**。原文：没有多期增强，肝癌无法准确诊断。',
  },
  'protocol#/$defs/phase/markdownEnumDescriptions/7': {
    en: '**Hepatobiliary** phase (gadoxetate, about 20 minutes): liver cells take up the agent.',
    text: '**肝胆期**（钆塞酸二钠，约 20 分钟）：肝细胞摄取对比剂。',
  },
  'protocol#/$defs/format/description': {
    en: 'The form in which a study is delivered: dicom, report-only or video.',
    text: '检查的提供形式：dicom、report-only（仅有报告）或 video（视频）。',
  },
  'protocol#/$defs/format/markdownDescription': {
    en: 'How the outside study arrives: `dicom` (the images themselves), `report-only` (a written report or PDF without images), `video` (a recording, e.g. of an ultrasound).',
    text: '外院检查以何种形式送达：`dicom`（影像本身）、`report-only`（书面报告或 PDF，没有影像）、`video`（录像，例如超声录像）。',
  },
  'protocol#/$defs/format/title': { en: 'a format', text: '提供形式' },
  'protocol#/$defs/format/markdownEnumDescriptions/0': {
    en: '**DICOM** images — the radiologist can re-read them.',
    text: '**DICOM** 影像——放射科医生可以重新阅片。',
  },
  'protocol#/$defs/format/markdownEnumDescriptions/1': {
    en: '**Report only** (text or PDF, no images). The seed: static foreign ultrasound reports are essentially unusable.',
    text: '**仅有报告**（文字或 PDF，没有影像）。原文：外院的静态超声报告基本无法使用。',
  },
  'protocol#/$defs/format/markdownEnumDescriptions/2': {
    en: '**Video** recording. The seed: video ultrasound with full measurements may serve as reference only.',
    text: '**视频**录像。原文：带完整测量的超声视频只能作为参考。',
  },
  'protocol#/$defs/purpose/description': {
    en: 'Why the patient is being imaged: oncology, neurology, cardiac, orthopedic, screening, infection or general.',
    text: '患者检查的目的：oncology（肿瘤）、neurology（神经）、cardiac（心脏）、orthopedic（骨科）、screening（筛查）、infection（感染）或 general（一般）。',
  },
  'protocol#/$defs/purpose/markdownDescription': {
    en: 'The clinical purpose of the work-up: `oncology`, `neurology`, `cardiac`, `orthopedic`, `screening`, `infection`, `general`.',
    text: '检查评估的临床目的：`oncology`、`neurology`、`cardiac`、`orthopedic`、`screening`、`infection`、`general`。',
  },
  'protocol#/$defs/purpose/title': { en: 'a purpose', text: '检查目的' },
  'protocol#/$defs/purpose/markdownEnumDescriptions/0': {
    en: '**Oncology** — tumour staging, treatment planning or follow-up. The seed: CT needs ≤ 2.5mm slices.',
    text: '**肿瘤**——肿瘤分期、治疗计划或随访。原文：CT 需要 ≤ 2.5mm 层厚。',
  },
  'protocol#/$defs/purpose/markdownEnumDescriptions/1': {
    en: '**Neurology** / neurosurgery. The seed: MRI needs ≥ 1.5T.',
    text: '**神经内科** / 神经外科。原文：MRI 需要 ≥ 1.5T。',
  },
  'protocol#/$defs/purpose/markdownEnumDescriptions/2': {
    en: '**Cardiac** — e.g. pre-cardiac-surgery work-up or cardiac MRI.',
    text: '**心脏**——例如心脏手术前评估或心脏 MRI。',
  },
  'protocol#/$defs/purpose/markdownEnumDescriptions/3': { en: '**Orthopedic** — bones and joints.', text: '**骨科**——骨与关节。' },
  'protocol#/$defs/purpose/markdownEnumDescriptions/4': {
    en: '**Screening** — routine screening without a known disease.',
    text: '**筛查**——无已知疾病的常规筛查。',
  },
  'protocol#/$defs/purpose/markdownEnumDescriptions/5': {
    en: '**Infection** work-up. The seed: infection-relevant imaging must be done in house.',
    text: '**感染**评估。原文：与感染相关的影像必须在本院完成。',
  },
  'protocol#/$defs/purpose/markdownEnumDescriptions/6': { en: '**General** — none of the above.', text: '**一般**——不属于以上任何一类。' },
  'protocol#/$defs/context/description': {
    en: "A clinical context (a key of the protocol's validity): kebab-case; the shipped vocabulary is listed in examples.",
    text: '临床情境（规范 validity 中的一个键）：短横线小写（kebab-case）；随附的词表列在示例中。',
  },
  'protocol#/$defs/context/markdownDescription': {
    en: "The patient's **clinical situation**, which decides how old a study may be. Shipped words (the seed's validity table): `active-oncology`, `pre-cardiac-surgery`, `pre-neurosurgery`, `stable-oncology-surveillance`, `stable-orthopedic`, `chronic-disease`. A profile may add its own kebab-case words.",
    text: '患者的**临床情境**，决定检查的有效期。随附的词（原文的有效期表）：`active-oncology`、`pre-cardiac-surgery`、`pre-neurosurgery`、`stable-oncology-surveillance`、`stable-orthopedic`、`chronic-disease`。规范可以增加自己的短横线小写词。',
  },
  'protocol#/$defs/context/title': { en: 'a clinical context', text: '临床情境' },
  'protocol#/$defs/region/description': {
    en: 'A body region, kebab-case; an open list whose known words are given in examples.',
    text: '身体部位，短横线小写（kebab-case）；开放词表，已知的词列在示例中。',
  },
  'protocol#/$defs/region/markdownDescription': {
    en: 'The body region imaged or to be imaged, in kebab-case: `head`, `brain`, `neck`, `chest`, `abdomen`, `liver`, `pelvis`, `prostate`, `breast`, `heart`, `spine`, `knee`, `whole-body`. A profile may use other words.',
    text: '已检查或待检查的身体部位，短横线小写：`head`、`brain`、`neck`、`chest`、`abdomen`、`liver`、`pelvis`、`prostate`、`breast`、`heart`、`spine`、`knee`、`whole-body`。规范可以使用其他词。',
  },
  'protocol#/$defs/region/title': { en: 'a body region', text: '身体部位' },
  'protocol#/$defs/indication/description': {
    en: 'A diagnosis or indication, kebab-case; an open list whose known words are given in examples.',
    text: '诊断（适应证），短横线小写（kebab-case）；开放词表，已知的词列在示例中。',
  },
  'protocol#/$defs/indication/markdownDescription': {
    en: 'A diagnosis the patient is treated for, in kebab-case: `lung-cancer`, `lung-nodule`, `brain-tumor`, `stroke`, `liver-cancer`, `prostate-cancer`, `breast-cancer`, `cardiomyopathy`, `fracture`, `infection`. A profile may add its own words.',
    text: '患者正在治疗的诊断，短横线小写：`lung-cancer`、`lung-nodule`、`brain-tumor`、`stroke`、`liver-cancer`、`prostate-cancer`、`breast-cancer`、`cardiomyopathy`、`fracture`、`infection`。规范可以增加自己的词。',
  },
  'protocol#/$defs/indication/title': { en: 'an indication', text: '诊断（适应证）' },
  'protocol#/$defs/symptom/description': {
    en: 'A symptom, kebab-case; an open list whose known words are given in examples.',
    text: '症状，短横线小写（kebab-case）；开放词表，已知的词列在示例中。',
  },
  'protocol#/$defs/symptom/markdownDescription': {
    en: 'A new or changed symptom, in kebab-case, e.g. `new-headache`. The seed: a lung-cancer patient with new headaches needs a head MRI to screen for brain metastases.',
    text: '新出现或有变化的症状，短横线小写，例如 `new-headache`。原文：出现新发头痛的肺癌患者需要做头颅 MRI，以筛查脑转移。',
  },
  'protocol#/$defs/symptom/title': { en: 'a symptom', text: '症状' },
  'protocol#/$defs/hospital/description': {
    en: 'The hospital the protocol belongs to: sector, currency, holidays and extra working days.',
    text: '规范所属的医院：公立/私立、币种、节假日和调休工作日。',
  },
  'protocol#/$defs/hospital/markdownDescription': {
    en: 'Facts about the receiving hospital that the timeline and budget need: `hospital: { sector: public, currency: USD }`.',
    text: '时间安排和预算所需的接收医院信息：`hospital: { sector: public, currency: USD }`。',
  },
  'protocol#/$defs/hospital/title': { en: 'a hospital', text: '医院' },
  'protocol#/$defs/hospital/properties/sector/description': {
    en: 'public or private; decides whether inherited prices are multiplied by costs.private_multiplier.',
    text: 'public（公立）或 private（私立）；决定继承来的价格是否乘以 costs.private_multiplier。',
  },
  'protocol#/$defs/hospital/properties/sector/markdownDescription': {
    en: 'Whether the hospital is `public` or `private`. A private profile that extends a public one multiplies inherited prices by `costs.private_multiplier` (the seed: 2–4×).',
    text: '医院是 `public`（公立）还是 `private`（私立）。继承公立规范的私立规范，将继承来的价格乘以 `costs.private_multiplier`（原文：2–4 倍）。',
  },
  'protocol#/$defs/hospital/properties/sector/markdownEnumDescriptions/0': {
    en: "**Public** hospital (e.g. a Tier-3A public hospital's IMD).",
    text: '**公立**医院（例如三甲公立医院的国际医疗部）。',
  },
  'protocol#/$defs/hospital/properties/sector/markdownEnumDescriptions/1': {
    en: '**Private** international hospital. The seed: re-do typically 2–4× public pricing.',
    text: '**私立**国际医院。原文：重做费用通常是公立医院的 2–4 倍。',
  },
  'protocol#/$defs/hospital/properties/currency/description': {
    en: 'ISO 4217 currency code of every price in the protocol, e.g. USD.',
    text: '规范中所有价格的 ISO 4217 币种代码，如 USD。',
  },
  'protocol#/$defs/hospital/properties/currency/markdownDescription': {
    en: 'The currency of every price in this profile, as a three-letter ISO code: `USD`, `CNY`, `EUR`.',
    text: '本规范中所有价格的币种，三个字母的 ISO 代码：`USD`、`CNY`、`EUR`。',
  },
  'protocol#/$defs/hospital/properties/holidays/description': { en: 'Dates or date ranges that are not business days.', text: '不算工作日的日期或日期范围。' },
  'protocol#/$defs/hospital/properties/holidays/markdownDescription': {
    en: 'Days the hospital does not report (skipped when counting business days), one date or a range each: `holidays: [2026-10-01..2026-10-07]` (National Day week).',
    text: '医院不出具报告的日子（计算工作日时跳过），每项为一个日期或日期范围：`holidays: [2026-10-01..2026-10-07]`（国庆假期）。',
  },
  'protocol#/$defs/hospital/properties/workdays/description': { en: 'Weekend dates that are business days.', text: '算作工作日的周末日期。' },
  'protocol#/$defs/hospital/properties/workdays/markdownDescription': {
    en: 'Weekend days on which the hospital works (counted as business days), e.g. make-up working days: `workdays: [2026-10-10]`.',
    text: '医院上班的周末日期（计为工作日），例如调休上班日：`workdays: [2026-10-10]`。',
  },
  'protocol#/$defs/validity/description': { en: 'Map from clinical context to its validity window.', text: '从临床情境到其有效期的映射。' },
  'protocol#/$defs/validity/markdownDescription': {
    en: "How old an outside study may be, **per clinical situation** of the patient. Each key is a clinical context (the case's `patient.context`), each value a window:\n\n```yaml\nactive-oncology: { window: 4w..6w, beyond: redo }\n```\n\nThe seed's table: active oncology 4–6 weeks, pre-cardiac surgery 2 weeks, pre-neurosurgery 2–4 weeks, stable oncology surveillance / stable orthopedic / chronic disease 3–6 months.",
    text: '外院检查的有效期，**按患者的临床情境**规定。每个键是一个临床情境（病例的 `patient.context`），每个值是一个有效期：\n\n```yaml\nactive-oncology: { window: 4w..6w, beyond: redo }\n```\n\n原文的表：肿瘤活动期 4–6 周，心脏手术前 2 周，神经外科手术前 2–4 周，肿瘤稳定期随访 / 骨科稳定期 / 慢性病 3–6 个月。',
  },
  'protocol#/$defs/validity/title': { en: 'a validity table', text: '有效期表' },
  'protocol#/$defs/validity/properties/active-oncology/description': {
    en: 'Validity window for the clinical context active-oncology: Active oncology (on treatment or before surgery).',
    text: '临床情境 active-oncology 的有效期：肿瘤活动期（正在治疗或手术前）。',
  },
  'protocol#/$defs/validity/properties/active-oncology/markdownDescription': {
    en: '**Active oncology (on treatment or before surgery).** How old a study may be for a patient in this situation. The seed: 4–6 weeks, re-do required beyond → `{ window: 4w..6w, beyond: redo }`.',
    text: '**肿瘤活动期（正在治疗或手术前）。** 处于此情境的患者，检查的有效期。原文：4–6 周，超过则必须重做 → `{ window: 4w..6w, beyond: redo }`。',
  },
  'protocol#/$defs/validity/properties/pre-cardiac-surgery/description': {
    en: 'Validity window for the clinical context pre-cardiac-surgery: Evaluation before cardiac surgery.',
    text: '临床情境 pre-cardiac-surgery 的有效期：心脏手术前评估。',
  },
  'protocol#/$defs/validity/properties/pre-cardiac-surgery/markdownDescription': {
    en: '**Evaluation before cardiac surgery.** How old a study may be for a patient in this situation. The seed: 2 weeks, re-do required beyond → `{ window: 2w, beyond: redo }`.',
    text: '**心脏手术前评估。** 处于此情境的患者，检查的有效期。原文：2 周，超过则必须重做 → `{ window: 2w, beyond: redo }`。',
  },
  'protocol#/$defs/validity/properties/pre-neurosurgery/description': {
    en: 'Validity window for the clinical context pre-neurosurgery: Evaluation before neurosurgery.',
    text: '临床情境 pre-neurosurgery 的有效期：神经外科手术前评估。',
  },
  'protocol#/$defs/validity/properties/pre-neurosurgery/markdownDescription': {
    en: '**Evaluation before neurosurgery.** How old a study may be for a patient in this situation. The seed: 2–4 weeks, re-do required beyond → `{ window: 2w..4w, beyond: redo }`.',
    text: '**神经外科手术前评估。** 处于此情境的患者，检查的有效期。原文：2–4 周，超过则必须重做 → `{ window: 2w..4w, beyond: redo }`。',
  },
  'protocol#/$defs/validity/properties/stable-oncology-surveillance/description': {
    en: 'Validity window for the clinical context stable-oncology-surveillance: Surveillance of a stable, treated cancer.',
    text: '临床情境 stable-oncology-surveillance 的有效期：已治疗、病情稳定的肿瘤随访。',
  },
  'protocol#/$defs/validity/properties/stable-oncology-surveillance/markdownDescription': {
    en: '**Surveillance of a stable, treated cancer.** How old a study may be for a patient in this situation. The seed: 3–6 months, beyond it may need a baseline supplement → `{ window: 3mo..6mo, beyond: supplement }`.',
    text: '**已治疗、病情稳定的肿瘤随访。** 处于此情境的患者，检查的有效期。原文：3–6 个月，超过则可能需要补充一次基线检查 → `{ window: 3mo..6mo, beyond: supplement }`。',
  },
  'protocol#/$defs/validity/properties/stable-orthopedic/description': {
    en: 'Validity window for the clinical context stable-orthopedic: A stable orthopedic condition.',
    text: '临床情境 stable-orthopedic 的有效期：骨科病情稳定。',
  },
  'protocol#/$defs/validity/properties/stable-orthopedic/markdownDescription': {
    en: '**A stable orthopedic condition.** How old a study may be for a patient in this situation. The seed: 3–6 months, typically usable beyond → `{ window: 3mo..6mo, beyond: review }`.',
    text: '**骨科病情稳定。** 处于此情境的患者，检查的有效期。原文：3–6 个月，超过后通常仍可使用 → `{ window: 3mo..6mo, beyond: review }`。',
  },
  'protocol#/$defs/validity/properties/chronic-disease/description': {
    en: 'Validity window for the clinical context chronic-disease: Management of a chronic disease.',
    text: '临床情境 chronic-disease 的有效期：慢性病管理。',
  },
  'protocol#/$defs/validity/properties/chronic-disease/markdownDescription': {
    en: '**Management of a chronic disease.** How old a study may be for a patient in this situation. The seed: 3–6 months, typically usable beyond → `{ window: 3mo..6mo, beyond: review }`.',
    text: '**慢性病管理。** 处于此情境的患者，检查的有效期。原文：3–6 个月，超过后通常仍可使用 → `{ window: 3mo..6mo, beyond: review }`。',
  },
  'protocol#/$defs/validity/additionalProperties/description': {
    en: 'Validity window for a clinical context the profile adds itself (kebab-case).',
    text: '规范自行增加的临床情境（短横线小写）的有效期。',
  },
  'protocol#/$defs/validity/additionalProperties/markdownDescription': {
    en: 'A clinical situation this profile adds to the shipped vocabulary (kebab-case), with its window: `post-transplant: { window: 2w..4w, beyond: redo }`.',
    text: '本规范在随附词表之外增加的临床情境（短横线小写）及其有效期：`post-transplant: { window: 2w..4w, beyond: redo }`。',
  },
  'protocol#/$defs/validityEntry/description': { en: 'A validity window and the verdict beyond it.', text: '有效期及超出后的结论。' },
  'protocol#/$defs/validityEntry/markdownDescription': {
    en: 'How old a study may be: `{ window: 4w..6w, beyond: redo }` — up to 4 weeks accepted, 4–6 weeks reviewed by the physician, older redone.',
    text: '检查的有效期：`{ window: 4w..6w, beyond: redo }`——不超过 4 周认可，4–6 周由医生复核，更早的重做。',
  },
  'protocol#/$defs/validityEntry/title': { en: 'a validity entry', text: '有效期条目' },
  'protocol#/$defs/validityEntry/properties/window/description': {
    en: 'Age limit: A (accept up to A) or A..B (accept up to A, review up to B).',
    text: '时限：A（A 以内认可）或 A..B（A 以内认可，B 以内复核）。',
  },
  'protocol#/$defs/validityEntry/properties/window/markdownDescription': {
    en: 'The age limit on the evaluation date. `2w`: up to 2 weeks accepted. `4w..6w`: up to 4 weeks accepted, 4–6 weeks the physician reviews. Older than the window: the `beyond` verdict. The seed: active oncology 4–6 weeks.',
    text: '在评估日期时的时限。`2w`：不超过 2 周认可。`4w..6w`：不超过 4 周认可，4–6 周由医生复核。超出有效期：按 `beyond` 的结论。原文：肿瘤活动期 4–6 周。',
  },
  'protocol#/$defs/validityEntry/properties/beyond/description': {
    en: 'Verdict for a study older than the window: review, supplement or redo.',
    text: '超出有效期的检查的结论：复核、补充或重做。',
  },
  'protocol#/$defs/validityEntry/properties/beyond/markdownDescription': {
    en: 'What happens to a study older than the window: `redo` (the seed: active oncology, pre-surgery), `supplement` (the seed: stable oncology surveillance may need a baseline supplement) or `review` (the seed: stable orthopedic, chronic disease — typically usable).',
    text: '超出有效期的检查如何处理：`redo`（重做；原文：肿瘤活动期、手术前）、`supplement`（补充；原文：肿瘤稳定期随访可能需要补充基线检查）或 `review`（复核；原文：骨科稳定期、慢性病——通常仍可使用）。',
  },
  'protocol#/$defs/validityEntry/properties/because/description': {
    en: 'Reason shown with the verdict when a study is outside the window.',
    text: '检查超出有效期时随结论显示的理由。',
  },
  'protocol#/$defs/validityEntry/properties/because/markdownDescription': {
    en: 'The reason shown to the coordinator and patient, in plain words: `Treatment decisions need imaging of the current tumour status.` The seed: oncology, infections and acute pathology change over time.',
    text: '向协调员和患者显示的理由，用通俗的话写：`Treatment decisions need imaging of the current tumour status.` 原文：肿瘤、感染和急性病变会随时间变化。',
  },
  'protocol#/$defs/validityEntry/properties/timeline/description': {
    en: 'How the redo or supplement this window decides is scheduled, per modality.',
    text: '此有效期所决定的重做或补充如何安排，按检查方式分别规定。',
  },
  'protocol#/$defs/validityEntry/properties/timeline/markdownDescription': {
    en: 'How a study too old for this context is redone, per modality, over the `timelines` row: `{ MR: { lead: 0bd..1bd, report: 2bd..3bd } }` (the seed, Scenario 1: "MRI same or next day + report within 2–3 business days").',
    text: '对此临床情境而言过旧的检查如何重做，按检查方式在 `timelines` 的基础上规定：`{ MR: { lead: 0bd..1bd, report: 2bd..3bd } }`（原文场景 1：“MRI 当天或次日完成 + 2–3 个工作日内出报告”）。',
  },
  'protocol#/$defs/validityEntry/defaultSnippets/0/description': {
    en: 'how old a study may be in this clinical context, and the verdict beyond',
    text: '此临床情境下检查的有效期，及超出后的结论',
  },
  'protocol#/$defs/rule/description': {
    en: 'A rule: which studies it applies to (when) and exactly one of verdict, require with otherwise, or order — or only preferred requirements.',
    text: '规则：适用于哪些检查（when），并且恰好包含以下之一：verdict、require 加 otherwise、order——或只有推荐要求。',
  },
  'protocol#/$defs/rule/markdownDescription': {
    en: 'One requirement of the hospital. It has an `id`, a `when` (which studies or patients it applies to) and exactly one of:\n\n- `verdict` — always this verdict (e.g. ultrasound is always redone);\n- `require` with `otherwise` — what the study must meet, and the verdict when it does not;\n- `order` — new imaging to order for the patient.',
    text: '医院的一项要求。它有一个 `id`、一个 `when`（适用于哪些检查或患者），并且恰好包含以下之一：\n\n- `verdict`——总是给出这个结论（例如超声总是重做）；\n- `require` 加 `otherwise`——检查必须满足的条件，以及不满足时的结论；\n- `order`——为患者新增的检查。',
  },
  'protocol#/$defs/rule/title': { en: 'a rule', text: '规则' },
  'protocol#/$defs/rule/properties/id/description': {
    en: "Kebab-case id, unique in the protocol; a child protocol overrides a parent's rule of the same id.",
    text: '短横线小写的标识，在规范内唯一；下级规范中同一标识的规则覆盖上级规范的规则。',
  },
  'protocol#/$defs/rule/properties/id/markdownDescription': {
    en: "The rule's name in kebab-case, unique in the profile: `oncology-thin-slice-ct`. A profile that `extends` this one replaces the rule by writing one with the same id.",
    text: '规则的名称，短横线小写，在规范内唯一：`oncology-thin-slice-ct`。`extends` 本规范的规范，写一条相同 id 的规则即可替换它。',
  },
  'protocol#/$defs/rule/properties/title/description': { en: 'Optional short name shown in reports.', text: '可选的简短名称，显示在报告中。' },
  'protocol#/$defs/rule/properties/title/markdownDescription': {
    en: 'A short name for reports: `Thin-slice CT for oncology`.',
    text: '报告中显示的简短名称：`Thin-slice CT for oncology`。',
  },
  'protocol#/$defs/rule/properties/when/description': {
    en: 'Conditions, all of which must hold, for the rule to apply; {} applies to every study.',
    text: '规则适用的条件，须全部满足；{} 适用于所有检查。',
  },
  'protocol#/$defs/rule/properties/when/markdownDescription': {
    en: 'Which studies or patients the rule applies to — **all** conditions must hold; each takes one word or a list (any matches): `{ modality: CT, purpose: oncology }`. `{}` applies to every study.',
    text: '规则适用于哪些检查或患者——条件须**全部**满足；每个条件可写一个词或一个列表（符合其一即可）：`{ modality: CT, purpose: oncology }`。`{}` 适用于所有检查。',
  },
  'protocol#/$defs/rule/properties/verdict/description': { en: 'The verdict whenever the rule applies.', text: '规则适用时一律给出的结论。' },
  'protocol#/$defs/rule/properties/verdict/markdownDescription': {
    en: 'The verdict whenever the rule applies, with no requirement to check: `verdict: redo`. The seed: ultrasound is almost always redone; infection-relevant imaging must be done in house.',
    text: '规则适用时一律给出的结论，无需检查任何要求：`verdict: redo`。原文：超声几乎总是重做；与感染相关的影像必须在本院完成。',
  },
  'protocol#/$defs/rule/properties/require/description': {
    en: 'Requirements the study must meet; all must hold. Needs otherwise.',
    text: '检查必须满足的要求，须全部满足。需要配合 otherwise。',
  },
  'protocol#/$defs/rule/properties/require/markdownDescription': {
    en: 'What the study must meet — **all** must hold: `{ slice_thickness: <= 2.5mm }`, `{ field_strength: >= 1.5T }`, `{ sequences: [T1, T2, FLAIR, DWI, T1-contrast] }`. Say with `otherwise` what happens when one is not met.',
    text: '检查必须满足的条件——须**全部**满足：`{ slice_thickness: <= 2.5mm }`、`{ field_strength: >= 1.5T }`、`{ sequences: [T1, T2, FLAIR, DWI, T1-contrast] }`。用 `otherwise` 说明有一项不满足时如何处理。',
  },
  'protocol#/$defs/rule/properties/preferred/description': {
    en: 'Requirements that are preferred, not required: never change the verdict; unmet, they add an advisory reason.',
    text: '推荐而非必需的要求：从不改变结论；未满足时增加一条提示性理由。',
  },
  'protocol#/$defs/rule/properties/preferred/markdownDescription': {
    en: 'What the hospital prefers but does not require, written like `require`: `{ field_strength: \'>= 3T\' }`. It never changes the verdict; when the study does not meet it, the report adds an advisory reason ("preferred, not required: field strength 1.5T does not meet >= 3T"). The seed: ≥ 1.5T, ideally 3.0T.',
    text: "医院推荐但不强制的要求，写法同 `require`：`{ field_strength: '>= 3T' }`。它从不改变结论；检查未满足时，报告增加一条提示性理由（“推荐而非必需：场强 1.5T 未达到 >= 3T”）。原文：≥ 1.5T，最好 3.0T。",
  },
  'protocol#/$defs/rule/properties/otherwise/description': {
    en: 'Verdict when a requirement is not met: review, supplement or redo.',
    text: '要求未满足时的结论：复核、补充或重做。',
  },
  'protocol#/$defs/rule/properties/otherwise/markdownDescription': {
    en: 'What happens when a requirement is not met: `redo` (e.g. a 5mm CT for oncology), `supplement` (e.g. an MRI missing DWI — the seed: adding DWI at home may take 30 minutes) or `review`.',
    text: '要求未满足时如何处理：`redo`（例如肿瘤患者的 5mm CT）、`supplement`（例如缺少 DWI 的 MRI——原文：在原就诊医院补做 DWI 可能只需 30 分钟）或 `review`。',
  },
  'protocol#/$defs/rule/properties/if_unknown/description': {
    en: 'Verdict when the study does not state a required value; default review.',
    text: '检查未注明所要求的数值时的结论；默认为复核。',
  },
  'protocol#/$defs/rule/properties/if_unknown/markdownDescription': {
    en: 'What happens when the outside study does not say the value a requirement needs (e.g. no slice thickness in the report): default `review`; write `if_unknown: redo` to be strict. The verdict is shown with "not stated".',
    text: '外院检查未注明某项要求所需的数值时（例如报告中没有层厚）如何处理：默认 `review`；要从严可写 `if_unknown: redo`。结论会注明“未注明”。',
  },
  'protocol#/$defs/rule/properties/missing/description': {
    en: "Per item, what a missing item takes under this rule (wins over the profile's missing).",
    text: '按项目规定：在此规则下缺少该项时的处理（优先于规范的 missing）。',
  },
  'protocol#/$defs/rule/properties/missing/markdownDescription': {
    en: "What a missing item takes **under this rule**, over the profile's `missing`: `{ DCE: { verdict: redo, because: … } }`.",
    text: '**在此规则下**缺少某一项目时的处理，优先于规范的 `missing`：`{ DCE: { verdict: redo, because: … } }`。',
  },
  'protocol#/$defs/rule/properties/order/description': {
    en: 'New imaging to order for the patient when the rule applies.',
    text: '规则适用时为患者新增的检查。',
  },
  'protocol#/$defs/rule/properties/order/markdownDescription': {
    en: 'New imaging to order for the patient: `{ modality: MR, region: brain, contrast: true, reason: Screen for brain metastases }`. The seed: a lung-cancer patient with new headaches gets a head MRI.',
    text: '为患者新增的检查：`{ modality: MR, region: brain, contrast: true, reason: Screen for brain metastases }`。原文：出现新发头痛的肺癌患者需新增头颅 MRI。',
  },
  'protocol#/$defs/rule/properties/because/description': { en: 'Why the rule exists, shown with its verdict.', text: '设立此规则的理由，随结论显示。' },
  'protocol#/$defs/rule/properties/because/markdownDescription': {
    en: 'Why the hospital requires this, in plain words for the patient and coordinator: `Oncology evaluation needs thin sections to see small nodules.`',
    text: '医院为何这样要求，用患者和协调员能看懂的话写：`Oncology evaluation needs thin sections to see small nodules.`',
  },
  'protocol#/$defs/rule/properties/impact/description': {
    en: 'Per missing sequence or phase, what cannot be assessed without it.',
    text: '按缺失的序列或期相说明：缺少它时无法评估什么。',
  },
  'protocol#/$defs/rule/properties/impact/markdownDescription': {
    en: 'For each missing sequence or phase, what the physician cannot assess without it: `{ DWI: Without DWI, acute infarction can\'t be assessed }` (the seed\'s "impact of missing" column).',
    text: "每个可能缺失的序列或期相，缺少时医生无法评估什么：`{ DWI: Without DWI, acute infarction can't be assessed }`（原文中的“缺失的影响”一栏）。",
  },
  'protocol#/$defs/rule/properties/note/description': { en: 'Extra information shown with the verdict.', text: '随结论显示的补充说明。' },
  'protocol#/$defs/rule/properties/note/markdownDescription': {
    en: 'Extra information shown with the verdict: `Video with full measurements may serve as reference only.`',
    text: '随结论显示的补充说明：`Video with full measurements may serve as reference only.`',
  },
  'protocol#/$defs/rule/properties/advice/description': {
    en: 'An advice line for the patient, shown when the rule gives a verdict other than accept.',
    text: '给患者的一条建议，在规则给出认可以外的结论时显示。',
  },
  'protocol#/$defs/rule/properties/advice/markdownDescription': {
    en: 'Advice for the patient, shown when this rule gives anything but `accept`: `Ask your home hospital for a thin-slice (≤ 2.5mm) CT before you travel.`',
    text: '给患者的建议，在此规则给出 `accept` 以外的结论时显示：`Ask your home hospital for a thin-slice (≤ 2.5mm) CT before you travel.`',
  },
  'protocol#/$defs/rule/properties/timeline/description': {
    en: 'Per modality, a partial timeline replacing the default for redos this rule causes.',
    text: '按检查方式规定的部分时间安排，替换此规则导致的重做的默认值。',
  },
  'protocol#/$defs/rule/properties/timeline/markdownDescription': {
    en: "Per modality, timeline values that replace the defaults for redos this rule causes — e.g. the seed's infection work-up: `{ XR: { report: 1h..2h }, CT: { report: 2h..4h, same_day: true } }`.",
    text: '按检查方式规定的时间数值，替换此规则导致的重做的默认值——例如原文中的感染评估：`{ XR: { report: 1h..2h }, CT: { report: 2h..4h, same_day: true } }`。',
  },
  'protocol#/$defs/rule/properties/expedite/description': {
    en: "true: redos this rule causes use the modality's expedited report time.",
    text: 'true：此规则导致的重做使用该检查方式的加急报告时间。',
  },
  'protocol#/$defs/rule/properties/expedite/markdownDescription': {
    en: "`true`: redos caused by this rule are expedited and use the modality's `expedited` report time. The seed: a changed condition can typically be expedited to same-day completion.",
    text: '`true`：此规则导致的重做按加急处理，使用该检查方式的 `expedited` 报告时间。原文：病情变化时通常可以加急，当天完成。',
  },
  'protocol#/$defs/rule/properties/hard/description': { en: 'true: no child protocol may weaken this rule.', text: 'true：任何下级规范都不得放宽此规则。' },
  'protocol#/$defs/rule/properties/hard/markdownDescription': {
    en: '`true`: a profile that extends this one may not weaken or switch off this rule. The seed: infection-relevant imaging must be in house — a hard rule, independent of imaging quality.',
    text: '`true`：继承本规范的规范不得放宽或停用此规则。原文：与感染相关的影像必须在本院完成——这是一条强制规则，与影像质量无关。',
  },
  'protocol#/$defs/rule/properties/disabled/description': {
    en: "true (in a child protocol): switch off the parent's rule of this id; not allowed for hard rules.",
    text: 'true（在下级规范中）：停用上级规范中此标识的规则；强制规则不允许停用。',
  },
  'protocol#/$defs/rule/properties/disabled/markdownDescription': {
    en: "`true` in a profile that `extends` another: switch off the parent's rule with the same `id`. Not allowed for `hard` rules.",
    text: '在 `extends` 其他规范的规范中写 `true`：停用上级规范中 `id` 相同的规则。`hard` 规则不允许停用。',
  },
  'protocol#/$defs/rule/else/oneOf/0/title': { en: 'a rule with a verdict', text: '带 verdict 的规则' },
  'protocol#/$defs/rule/else/oneOf/1/title': { en: 'a rule with require and otherwise', text: '带 require 和 otherwise 的规则' },
  'protocol#/$defs/rule/else/oneOf/2/title': { en: 'a rule with an order', text: '带 order 的规则' },
  'protocol#/$defs/rule/else/oneOf/3/title': { en: 'a rule with only preferred requirements', text: '只有推荐要求的规则' },
  'protocol#/$defs/rule/defaultSnippets/0/description': {
    en: 'a requirement the study must meet, and the verdict when it does not',
    text: '检查必须满足的要求，及不满足时的结论',
  },
  'protocol#/$defs/rule/defaultSnippets/1/description': {
    en: 'series the study must have, each met by one series meeting all its limits',
    text: '检查必须具备的序列，每项由一个满足其全部限值的序列来满足',
  },
  'protocol#/$defs/rule/defaultSnippets/2/description': {
    en: 'a preference that never changes the verdict and adds an advisory reason when unmet',
    text: '从不改变结论的推荐要求，未满足时增加一条提示性理由',
  },
  'protocol#/$defs/rule/defaultSnippets/3/description': { en: 'studies that are always redone in house', text: '总是在本院重做的检查' },
  'protocol#/$defs/rule/defaultSnippets/4/description': { en: 'new imaging to order for the patient', text: '为患者新增的检查' },
  'protocol#/$defs/when/description': {
    en: 'Conditions of a rule; each takes one value or a list (any matches); all must hold.',
    text: '规则的条件；每个条件可写一个值或一个列表（符合其一即可）；须全部满足。',
  },
  'protocol#/$defs/when/markdownDescription': {
    en: 'Which studies or patients a rule applies to. All listed conditions must hold; each takes one word or a list of words (any of them matches): `{ modality: MR, indication: [brain-tumor, stroke] }`.',
    text: '规则适用于哪些检查或患者。所列条件须全部满足；每个条件可写一个词或一个词的列表（符合其中任何一个即可）：`{ modality: MR, indication: [brain-tumor, stroke] }`。',
  },
  'protocol#/$defs/when/title': { en: 'rule conditions', text: '规则条件' },
  'protocol#/$defs/when/properties/modality/description': {
    en: "The study's modality, or a list of them.",
    text: '检查所用的检查方式（CT、MR 等），或其列表。',
  },
  'protocol#/$defs/when/properties/modality/markdownDescription': {
    en: "The study's kind of imaging: `CT`, or a list `[CT, MR]`.",
    text: '检查的影像种类：`CT`，或列表 `[CT, MR]`。',
  },
  'protocol#/$defs/when/properties/region/description': { en: "The study's body region, or a list of them.", text: '检查的身体部位，或其列表。' },
  'protocol#/$defs/when/properties/region/markdownDescription': {
    en: "The study's body region: `chest`, or a list `[head, brain]`.",
    text: '检查的身体部位：`chest`，或列表 `[head, brain]`。',
  },
  'protocol#/$defs/when/properties/format/description': { en: "The study's format, or a list of them.", text: '检查的提供形式，或其列表。' },
  'protocol#/$defs/when/properties/format/markdownDescription': {
    en: 'How the study arrived: `report-only`, or a list `[report-only, video]`.',
    text: '检查以何种形式送达：`report-only`，或列表 `[report-only, video]`。',
  },
  'protocol#/$defs/when/properties/infection_relevant/description': {
    en: 'Whether the study is relevant to infection assessment.',
    text: '检查是否与感染评估相关。',
  },
  'protocol#/$defs/when/properties/infection_relevant/markdownDescription': {
    en: '`true`: the rule applies to studies relevant to infection assessment. The seed: such imaging before admission or surgery must use in-house results.',
    text: '`true`：规则适用于与感染评估相关的检查。原文：入院或手术前的此类影像必须使用本院结果。',
  },
  'protocol#/$defs/when/properties/contrast/description': {
    en: 'Whether the study used contrast (a contrast phase or a contrast sequence).',
    text: '检查是否使用了对比剂（某个增强期相或增强序列）。',
  },
  'protocol#/$defs/when/properties/contrast/markdownDescription': {
    en: '`true`: the rule applies to studies that used contrast (a contrast phase or a contrast sequence such as `T1-contrast`); `false`: to studies without.',
    text: '`true`：规则适用于使用了对比剂的检查（某个增强期相，或 `T1-contrast` 等增强序列）；`false`：适用于未使用对比剂的检查。',
  },
  'protocol#/$defs/when/properties/purpose/description': { en: "The patient's purpose, or a list of them.", text: '患者的检查目的，或其列表。' },
  'protocol#/$defs/when/properties/purpose/markdownDescription': {
    en: "The purpose of the patient's work-up: `oncology`, or a list `[oncology, neurology]`.",
    text: '患者检查评估的目的：`oncology`，或列表 `[oncology, neurology]`。',
  },
  'protocol#/$defs/when/properties/indication/description': { en: "One of the patient's indications, or a list of them.", text: '患者的诊断之一，或其列表。' },
  'protocol#/$defs/when/properties/indication/markdownDescription': {
    en: "A diagnosis among the patient's `indications`: `brain-tumor`, or a list `[brain-tumor, stroke]`.",
    text: '患者 `indications` 中的一项诊断：`brain-tumor`，或列表 `[brain-tumor, stroke]`。',
  },
  'protocol#/$defs/when/properties/context/description': { en: "The patient's clinical context, or a list of them.", text: '患者的临床情境，或其列表。' },
  'protocol#/$defs/when/properties/context/markdownDescription': {
    en: "The patient's clinical situation: `active-oncology`, or a list `[pre-cardiac-surgery, pre-neurosurgery]`.",
    text: '患者的临床情境：`active-oncology`，或列表 `[pre-cardiac-surgery, pre-neurosurgery]`。',
  },
  'protocol#/$defs/when/properties/condition_changed/description': {
    en: "Whether the patient's condition has changed since the studies.",
    text: '自做检查以来患者的病情是否有变化。',
  },
  'protocol#/$defs/when/properties/condition_changed/markdownDescription': {
    en: "`true`: the rule applies when the patient's condition has changed (sudden worsening, new symptoms). The seed: the physician will almost always require imaging of the current status.",
    text: '`true`：规则适用于病情有变化的患者（突然加重、出现新症状）。原文：医生几乎总会要求反映当前状况的影像。',
  },
  'protocol#/$defs/when/properties/symptom/description': { en: "One of the patient's symptoms, or a list of them.", text: '患者的症状之一，或其列表。' },
  'protocol#/$defs/when/properties/symptom/markdownDescription': {
    en: "A symptom among the patient's `symptoms`: `new-headache`.",
    text: '患者 `symptoms` 中的一项症状：`new-headache`。',
  },
  'protocol#/$defs/requirements/description': { en: 'Requirements a study must meet; all must hold.', text: '检查必须满足的要求；须全部满足。' },
  'protocol#/$defs/requirements/markdownDescription': {
    en: "What the outside study must meet — all must hold: `{ slice_thickness: <= 2.5mm }`, or series-level: `{ series: [{ sequence: DWI, b_value: '>= 1400' }] }`. On a study with series, a study-level requirement is met when some series meets it.",
    text: "外院检查必须满足的条件——须全部满足：`{ slice_thickness: <= 2.5mm }`，或按序列规定：`{ series: [{ sequence: DWI, b_value: '>= 1400' }] }`。对带有序列信息的检查，只要某个序列满足，检查层面的要求即为满足。",
  },
  'protocol#/$defs/requirements/title': { en: 'requirements', text: '要求' },
  'protocol#/$defs/requirements/properties/slice_thickness/description': {
    en: 'Limit on the slice thickness, a length comparison in mm.',
    text: '层厚限值，以 mm 计的长度比较式。',
  },
  'protocol#/$defs/requirements/properties/slice_thickness/markdownDescription': {
    en: 'The thickest acceptable slices: `<= 2.5mm`. The seed: oncology evaluation typically needs ≤ 2.5mm thin sections; a 5mm CT may require a re-do.',
    text: '可接受的最大层厚：`<= 2.5mm`。原文：肿瘤评估通常需要 ≤ 2.5mm 的薄层；5mm 的 CT 可能需要重做。',
  },
  'protocol#/$defs/requirements/properties/field_strength/description': {
    en: 'Limit on the MRI field strength, a comparison in tesla.',
    text: 'MRI 场强限值，以特斯拉计的比较式。',
  },
  'protocol#/$defs/requirements/properties/field_strength/markdownDescription': {
    en: 'The weakest acceptable MRI scanner: `>= 1.5T`. The seed: neurology and oncology need ≥ 1.5T (ideally 3.0T); 0.5T or open low-field MRI typically requires a re-do.',
    text: '可接受的最低 MRI 场强：`>= 1.5T`。原文：神经和肿瘤需要 ≥ 1.5T（最好 3.0T）；0.5T 或开放式低场 MRI 通常需要重做。',
  },
  'protocol#/$defs/requirements/properties/sequences/description': { en: 'MR sequences that must all be present.', text: '必须全部具备的 MR 序列。' },
  'protocol#/$defs/requirements/properties/sequences/markdownDescription': {
    en: 'MRI sequences that must **all** be present: `[T1, T2, FLAIR, DWI, T1-contrast]`. The seed: brain tumour / stroke T1, T2, FLAIR, DWI, contrast; cardiac MRI `[cine, LGE]`; prostate `[T2, DWI, DCE]`.',
    text: '必须**全部**具备的 MRI 序列：`[T1, T2, FLAIR, DWI, T1-contrast]`。原文：脑肿瘤/卒中需 T1、T2、FLAIR、DWI 及增强；心脏 MRI `[cine, LGE]`；前列腺 `[T2, DWI, DCE]`。',
  },
  'protocol#/$defs/requirements/properties/phases/description': { en: 'Contrast phases that must all be present.', text: '必须全部具备的增强期相。' },
  'protocol#/$defs/requirements/properties/phases/markdownDescription': {
    en: 'Contrast phases that must **all** be present: `[arterial, portal-venous, delayed]`. The seed: liver cancer needs multi-phase contrast; single-phase is typically insufficient.',
    text: '必须**全部**具备的增强期相：`[arterial, portal-venous, delayed]`。原文：肝癌需要多期增强；单期通常不够。',
  },
  'protocol#/$defs/requirements/properties/format/description': {
    en: 'The study must be in this format or one of these formats.',
    text: '检查必须为此形式或这些形式之一。',
  },
  'protocol#/$defs/requirements/properties/format/markdownDescription': {
    en: 'The study must arrive in this form, or one of a list: `dicom` or `[dicom, video]`. The seed: static report-only ultrasound is essentially unusable.',
    text: '检查必须以此形式送达，或为列表中的形式之一：`dicom` 或 `[dicom, video]`。原文：仅有报告的静态超声基本无法使用。',
  },
  'protocol#/$defs/requirements/properties/series/description': {
    en: 'Series the study must have, each met by one series meeting all its constraints.',
    text: '检查必须具备的序列，每项由一个满足其全部限值的序列来满足。',
  },
  'protocol#/$defs/requirements/properties/series/markdownDescription': {
    en: "Series the study must have, one entry each; an entry is met only by **one series** meeting all its constraints at once:\n\n```yaml\nseries:\n  - { sequence: T2, plane: axial, slice_thickness: <= 3mm }\n  - { sequence: DWI, b_value: '>= 1400' }\n```",
    text: "检查必须具备的序列，每项一条；只有**同一个序列**同时满足该条的全部限值，该条才算满足：\n\n```yaml\nseries:\n  - { sequence: T2, plane: axial, slice_thickness: <= 3mm }\n  - { sequence: DWI, b_value: '>= 1400' }\n```",
  },
  'protocol#/$defs/order/description': {
    en: 'Imaging to order for the patient: modality, region, contrast and reason.',
    text: '为患者新增的检查：检查方式、部位、是否增强和理由。',
  },
  'protocol#/$defs/order/markdownDescription': {
    en: 'New imaging to order: `{ modality: MR, region: brain, contrast: true, reason: Screen for brain metastases }`.',
    text: '新增的检查：`{ modality: MR, region: brain, contrast: true, reason: Screen for brain metastases }`。',
  },
  'protocol#/$defs/order/title': { en: 'an imaging order', text: '新增检查' },
  'protocol#/$defs/order/properties/modality/description': { en: 'Modality of the imaging to order.', text: '新增检查的检查方式。' },
  'protocol#/$defs/order/properties/modality/markdownDescription': { en: 'The kind of imaging to order: `MR`.', text: '新增检查的影像种类：`MR`。' },
  'protocol#/$defs/order/properties/region/description': { en: 'Body region of the imaging to order.', text: '新增检查的身体部位。' },
  'protocol#/$defs/order/properties/region/markdownDescription': { en: 'The body region to image: `brain`.', text: '要检查的身体部位：`brain`。' },
  'protocol#/$defs/order/properties/contrast/description': { en: 'Whether the ordered imaging uses contrast.', text: '新增检查是否使用对比剂。' },
  'protocol#/$defs/order/properties/contrast/markdownDescription': {
    en: '`true`: order the study with contrast (its timeline and price use the `-contrast` variant when there is one).',
    text: '`true`：新增增强检查（如有 `-contrast` 版本，其时间安排和价格按该版本计）。',
  },
  'protocol#/$defs/order/properties/reason/description': { en: 'Why the imaging is ordered, shown in the report.', text: '新增检查的理由，显示在报告中。' },
  'protocol#/$defs/order/properties/reason/markdownDescription': {
    en: 'Why the imaging is ordered, in plain words: `Screen for brain metastases`.',
    text: '新增检查的理由，用通俗的话写：`Screen for brain metastases`。',
  },
  'protocol#/$defs/impact/description': {
    en: 'Map from a sequence or phase name to what cannot be assessed without it.',
    text: '从序列或期相名称到缺少它时无法评估的内容的映射。',
  },
  'protocol#/$defs/impact/markdownDescription': {
    en: "For each sequence or phase that may be missing, what cannot be assessed without it: `{ DWI: Without DWI, acute infarction can't be assessed }`.",
    text: "每个可能缺失的序列或期相，缺少时无法评估什么：`{ DWI: Without DWI, acute infarction can't be assessed }`。",
  },
  'protocol#/$defs/impact/title': { en: 'impacts of missing sequences', text: '缺失序列的影响' },
  'protocol#/$defs/impact/additionalProperties/description': {
    en: 'What cannot be assessed without this sequence or phase: a sentence, { text, indication }, or a list of those.',
    text: '缺少此序列或期相时无法评估的内容：一句话、{ text, indication }，或它们的列表。',
  },
  'protocol#/$defs/impact/additionalProperties/markdownDescription': {
    en: 'What the physician cannot assess without this sequence or phase: `Without LGE, myocardial fibrosis can\'t be assessed` (the seed\'s "impact of missing" column), or `{ text: …, indication: stroke }`, or a list of such lines.',
    text: "缺少此序列或期相时医生无法评估的内容：`Without LGE, myocardial fibrosis can't be assessed`（原文中的“缺失的影响”一栏），或 `{ text: …, indication: stroke }`，或这样几行组成的列表。",
  },
  'protocol#/$defs/timelines/description': {
    en: 'Map from a modality, or a modality with -contrast, to its redo timeline.',
    text: '从检查方式（或带 -contrast 的检查方式）到其重做时间安排的映射。',
  },
  'protocol#/$defs/timelines/markdownDescription': {
    en: 'How long a redo takes **per modality**; `CT-contrast` and the like are the contrast variants: `CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }`. The seed\'s "typical timeline by modality" table.',
    text: '**各检查方式**重做所需的时间；`CT-contrast` 等为增强版本：`CT: { scan: 15min..30min, report: 1bd..2bd, same_day: scan }`。即原文中“各检查方式的典型时间”表。',
  },
  'protocol#/$defs/timelines/title': { en: 'timelines', text: '时间安排' },
  'protocol#/$defs/timelines/properties/XR/description': { en: 'Timeline of a X-ray (XR) redo without contrast.', text: 'X 线（XR）平扫重做的时间安排。' },
  'protocol#/$defs/timelines/properties/XR/markdownDescription': {
    en: 'How long a **X-ray** redo takes. The seed: X-ray / DR scan 10–30 minutes, report 1–2 hours, same day: `{ scan: 10min..30min, report: 1h..2h, same_day: true }`.',
    text: '**X 线**重做所需的时间。原文：X 线 / DR 扫描 10–30 分钟，报告 1–2 小时，当天完成：`{ scan: 10min..30min, report: 1h..2h, same_day: true }`。',
  },
  'protocol#/$defs/timelines/properties/XR-contrast/description': {
    en: 'Timeline of a X-ray (XR) redo with contrast; without it the plain XR timeline is used.',
    text: 'X 线（XR）增强重做的时间安排；没有此项时使用 XR 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/XR-contrast/markdownDescription': {
    en: 'How long a **X-ray with contrast** redo takes (used when the study used contrast, or a rule requires it; without this key the plain `XR` timeline applies). The seed gives no separate figure.',
    text: '**X 线增强**重做所需的时间（检查使用了对比剂或规则要求增强时使用；没有此键时按 `XR` 平扫的时间安排）。原文未单独给出数字。',
  },
  'protocol#/$defs/timelines/properties/XR-supplement/description': {
    en: 'Timeline of a X-ray (XR) supplement: adding missing items to a kept study; without it the plain XR timeline is used.',
    text: 'X 线（XR）补充检查的时间安排：为保留的检查补做缺少的项目；没有此项时使用 XR 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/XR-supplement/markdownDescription': {
    en: 'How long adding what a kept **X-ray** study is missing takes (a sequence, a baseline). Without this key the plain `XR` timeline applies. The seed, Scenario 3: "MRI typically same or next day + report within 2–3 business days": `{ lead: 0bd..1bd, report: 2bd..3bd }`.',
    text: '为保留的 **X 线** 检查补做缺少的项目（某个序列、一次基线检查）所需的时间。没有此键时按 `XR` 平扫的时间安排。原文场景 3：“MRI 通常当天或次日完成 + 2–3 个工作日内出报告”：`{ lead: 0bd..1bd, report: 2bd..3bd }`。',
  },
  'protocol#/$defs/timelines/properties/CT/description': { en: 'Timeline of a CT (CT) redo without contrast.', text: 'CT 平扫重做的时间安排。' },
  'protocol#/$defs/timelines/properties/CT/markdownDescription': {
    en: 'How long a **CT** redo takes. The seed: standard CT scan 15–30 minutes, report 1–2 business days, scan same day and report next day: `{ scan: 15min..30min, report: 1bd..2bd, same_day: scan }`.',
    text: '**CT** 重做所需的时间。原文：常规 CT 扫描 15–30 分钟，报告 1–2 个工作日，当天扫描、次日出报告：`{ scan: 15min..30min, report: 1bd..2bd, same_day: scan }`。',
  },
  'protocol#/$defs/timelines/properties/CT-contrast/description': {
    en: 'Timeline of a CT (CT) redo with contrast; without it the plain CT timeline is used.',
    text: 'CT增强重做的时间安排；没有此项时使用 CT 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/CT-contrast/markdownDescription': {
    en: 'How long a **CT with contrast** redo takes (used when the study used contrast, or a rule requires it; without this key the plain `CT` timeline applies). The seed: CT with contrast and post-processing, scan 30–60 minutes, report 1–3 business days: `{ scan: 30min..60min, report: 1bd..3bd, same_day: scan }`.',
    text: '**CT增强**重做所需的时间（检查使用了对比剂或规则要求增强时使用；没有此键时按 `CT` 平扫的时间安排）。原文：增强 CT 含后处理，扫描 30–60 分钟，报告 1–3 个工作日：`{ scan: 30min..60min, report: 1bd..3bd, same_day: scan }`。',
  },
  'protocol#/$defs/timelines/properties/CT-supplement/description': {
    en: 'Timeline of a CT (CT) supplement: adding missing items to a kept study; without it the plain CT timeline is used.',
    text: 'CT补充检查的时间安排：为保留的检查补做缺少的项目；没有此项时使用 CT 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/CT-supplement/markdownDescription': {
    en: 'How long adding what a kept **CT** study is missing takes (a sequence, a baseline). Without this key the plain `CT` timeline applies. The seed, Scenario 3: "MRI typically same or next day + report within 2–3 business days": `{ lead: 0bd..1bd, report: 2bd..3bd }`.',
    text: '为保留的 **CT** 检查补做缺少的项目（某个序列、一次基线检查）所需的时间。没有此键时按 `CT` 平扫的时间安排。原文场景 3：“MRI 通常当天或次日完成 + 2–3 个工作日内出报告”：`{ lead: 0bd..1bd, report: 2bd..3bd }`。',
  },
  'protocol#/$defs/timelines/properties/MR/description': { en: 'Timeline of a MRI (MR) redo without contrast.', text: 'MRI（MR）平扫重做的时间安排。' },
  'protocol#/$defs/timelines/properties/MR/markdownDescription': {
    en: 'How long a **MRI** redo takes. The seed: standard MRI scan 30–60 minutes, report 1–3 business days: `{ scan: 30min..60min, report: 1bd..3bd, same_day: scan }`.',
    text: '**MRI** 重做所需的时间。原文：常规 MRI 扫描 30–60 分钟，报告 1–3 个工作日：`{ scan: 30min..60min, report: 1bd..3bd, same_day: scan }`。',
  },
  'protocol#/$defs/timelines/properties/MR-contrast/description': {
    en: 'Timeline of a MRI (MR) redo with contrast; without it the plain MR timeline is used.',
    text: 'MRI（MR）增强重做的时间安排；没有此项时使用 MR 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/MR-contrast/markdownDescription': {
    en: 'How long a **MRI with contrast** redo takes (used when the study used contrast, or a rule requires it; without this key the plain `MR` timeline applies). The seed: multi-sequence MRI with contrast, scan 60–90 minutes, report 2–3 business days: `{ scan: 60min..90min, report: 2bd..3bd, same_day: scan }`.',
    text: '**MRI增强**重做所需的时间（检查使用了对比剂或规则要求增强时使用；没有此键时按 `MR` 平扫的时间安排）。原文：多序列增强 MRI，扫描 60–90 分钟，报告 2–3 个工作日：`{ scan: 60min..90min, report: 2bd..3bd, same_day: scan }`。',
  },
  'protocol#/$defs/timelines/properties/MR-supplement/description': {
    en: 'Timeline of a MRI (MR) supplement: adding missing items to a kept study; without it the plain MR timeline is used.',
    text: 'MRI（MR）补充检查的时间安排：为保留的检查补做缺少的项目；没有此项时使用 MR 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/MR-supplement/markdownDescription': {
    en: 'How long adding what a kept **MRI** study is missing takes (a sequence, a baseline). Without this key the plain `MR` timeline applies. The seed, Scenario 3: "MRI typically same or next day + report within 2–3 business days": `{ lead: 0bd..1bd, report: 2bd..3bd }`.',
    text: '为保留的 **MRI** 检查补做缺少的项目（某个序列、一次基线检查）所需的时间。没有此键时按 `MR` 平扫的时间安排。原文场景 3：“MRI 通常当天或次日完成 + 2–3 个工作日内出报告”：`{ lead: 0bd..1bd, report: 2bd..3bd }`。',
  },
  'protocol#/$defs/timelines/properties/US/description': { en: 'Timeline of a ultrasound (US) redo without contrast.', text: '超声（US）平扫重做的时间安排。' },
  'protocol#/$defs/timelines/properties/US/markdownDescription': {
    en: 'How long a **ultrasound** redo takes. The seed: ultrasound 1–3 days after scheduling, scan 15–30 minutes, report on the spot: `{ lead: 1bd..3bd, scan: 15min..30min, report: on-the-spot, same_day: true }`.',
    text: '**超声**重做所需的时间。原文：超声在预约后 1–3 天进行，扫描 15–30 分钟，当场出报告：`{ lead: 1bd..3bd, scan: 15min..30min, report: on-the-spot, same_day: true }`。',
  },
  'protocol#/$defs/timelines/properties/US-contrast/description': {
    en: 'Timeline of a ultrasound (US) redo with contrast; without it the plain US timeline is used.',
    text: '超声（US）增强重做的时间安排；没有此项时使用 US 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/US-contrast/markdownDescription': {
    en: 'How long a **ultrasound with contrast** redo takes (used when the study used contrast, or a rule requires it; without this key the plain `US` timeline applies). The seed gives no separate figure.',
    text: '**超声增强**重做所需的时间（检查使用了对比剂或规则要求增强时使用；没有此键时按 `US` 平扫的时间安排）。原文未单独给出数字。',
  },
  'protocol#/$defs/timelines/properties/US-supplement/description': {
    en: 'Timeline of a ultrasound (US) supplement: adding missing items to a kept study; without it the plain US timeline is used.',
    text: '超声（US）补充检查的时间安排：为保留的检查补做缺少的项目；没有此项时使用 US 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/US-supplement/markdownDescription': {
    en: 'How long adding what a kept **ultrasound** study is missing takes (a sequence, a baseline). Without this key the plain `US` timeline applies. The seed, Scenario 3: "MRI typically same or next day + report within 2–3 business days": `{ lead: 0bd..1bd, report: 2bd..3bd }`.',
    text: '为保留的 **超声** 检查补做缺少的项目（某个序列、一次基线检查）所需的时间。没有此键时按 `US` 平扫的时间安排。原文场景 3：“MRI 通常当天或次日完成 + 2–3 个工作日内出报告”：`{ lead: 0bd..1bd, report: 2bd..3bd }`。',
  },
  'protocol#/$defs/timelines/properties/PET-CT/description': {
    en: 'Timeline of a PET-CT (PET-CT) redo without contrast.',
    text: 'PET-CT 平扫重做的时间安排。',
  },
  'protocol#/$defs/timelines/properties/PET-CT/markdownDescription': {
    en: 'How long a **PET-CT** redo takes. The seed: PET-CT 2–3 hours including tracer preparation, report 2–3 business days, same day feasible: `{ scan: 2h..3h, report: 2bd..3bd, same_day: true }`.',
    text: '**PET-CT** 重做所需的时间。原文：PET-CT 含示踪剂准备共 2–3 小时，报告 2–3 个工作日，可当天完成：`{ scan: 2h..3h, report: 2bd..3bd, same_day: true }`。',
  },
  'protocol#/$defs/timelines/properties/PET-CT-contrast/description': {
    en: 'Timeline of a PET-CT (PET-CT) redo with contrast; without it the plain PET-CT timeline is used.',
    text: 'PET-CT增强重做的时间安排；没有此项时使用 PET-CT 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/PET-CT-contrast/markdownDescription': {
    en: 'How long a **PET-CT with contrast** redo takes (used when the study used contrast, or a rule requires it; without this key the plain `PET-CT` timeline applies). The seed gives no separate figure.',
    text: '**PET-CT增强**重做所需的时间（检查使用了对比剂或规则要求增强时使用；没有此键时按 `PET-CT` 平扫的时间安排）。原文未单独给出数字。',
  },
  'protocol#/$defs/timelines/properties/PET-CT-supplement/description': {
    en: 'Timeline of a PET-CT (PET-CT) supplement: adding missing items to a kept study; without it the plain PET-CT timeline is used.',
    text: 'PET-CT补充检查的时间安排：为保留的检查补做缺少的项目；没有此项时使用 PET-CT 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/PET-CT-supplement/markdownDescription': {
    en: 'How long adding what a kept **PET-CT** study is missing takes (a sequence, a baseline). Without this key the plain `PET-CT` timeline applies. The seed, Scenario 3: "MRI typically same or next day + report within 2–3 business days": `{ lead: 0bd..1bd, report: 2bd..3bd }`.',
    text: '为保留的 **PET-CT** 检查补做缺少的项目（某个序列、一次基线检查）所需的时间。没有此键时按 `PET-CT` 平扫的时间安排。原文场景 3：“MRI 通常当天或次日完成 + 2–3 个工作日内出报告”：`{ lead: 0bd..1bd, report: 2bd..3bd }`。',
  },
  'protocol#/$defs/timelines/properties/PET-MR/description': {
    en: 'Timeline of a PET-MR (PET-MR) redo without contrast.',
    text: 'PET-MR 平扫重做的时间安排。',
  },
  'protocol#/$defs/timelines/properties/PET-MR/markdownDescription': {
    en: 'How long a **PET-MR** redo takes. The seed: PET-MR 2–3 hours, report 3–5 business days: `{ scan: 2h..3h, report: 3bd..5bd, same_day: true }`.',
    text: '**PET-MR** 重做所需的时间。原文：PET-MR 2–3 小时，报告 3–5 个工作日：`{ scan: 2h..3h, report: 3bd..5bd, same_day: true }`。',
  },
  'protocol#/$defs/timelines/properties/PET-MR-contrast/description': {
    en: 'Timeline of a PET-MR (PET-MR) redo with contrast; without it the plain PET-MR timeline is used.',
    text: 'PET-MR增强重做的时间安排；没有此项时使用 PET-MR 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/PET-MR-contrast/markdownDescription': {
    en: 'How long a **PET-MR with contrast** redo takes (used when the study used contrast, or a rule requires it; without this key the plain `PET-MR` timeline applies). The seed gives no separate figure.',
    text: '**PET-MR增强**重做所需的时间（检查使用了对比剂或规则要求增强时使用；没有此键时按 `PET-MR` 平扫的时间安排）。原文未单独给出数字。',
  },
  'protocol#/$defs/timelines/properties/PET-MR-supplement/description': {
    en: 'Timeline of a PET-MR (PET-MR) supplement: adding missing items to a kept study; without it the plain PET-MR timeline is used.',
    text: 'PET-MR补充检查的时间安排：为保留的检查补做缺少的项目；没有此项时使用 PET-MR 平扫的时间安排。',
  },
  'protocol#/$defs/timelines/properties/PET-MR-supplement/markdownDescription': {
    en: 'How long adding what a kept **PET-MR** study is missing takes (a sequence, a baseline). Without this key the plain `PET-MR` timeline applies. The seed, Scenario 3: "MRI typically same or next day + report within 2–3 business days": `{ lead: 0bd..1bd, report: 2bd..3bd }`.',
    text: '为保留的 **PET-MR** 检查补做缺少的项目（某个序列、一次基线检查）所需的时间。没有此键时按 `PET-MR` 平扫的时间安排。原文场景 3：“MRI 通常当天或次日完成 + 2–3 个工作日内出报告”：`{ lead: 0bd..1bd, report: 2bd..3bd }`。',
  },
  'protocol#/$defs/timeline/description': {
    en: 'Timeline of a redo: scan, report, lead and expedited times and same_day.',
    text: '重做的时间安排：扫描、报告、预约等待和加急时间，以及 same_day。',
  },
  'protocol#/$defs/timeline/markdownDescription': {
    en: 'How long a redo of this modality takes: `{ scan: 15min..30min, report: 1bd..2bd, same_day: scan }`.',
    text: '此检查方式重做所需的时间：`{ scan: 15min..30min, report: 1bd..2bd, same_day: scan }`。',
  },
  'protocol#/$defs/timeline/title': { en: 'a timeline', text: '时间安排' },
  'protocol#/$defs/timeline/properties/scan/description': { en: 'Time on the scanner.', text: '上机扫描时间。' },
  'protocol#/$defs/timeline/properties/scan/markdownDescription': {
    en: 'Time on the scanner: `15min..30min`. The seed: PET-CT 2–3 hours including tracer preparation.',
    text: '上机扫描时间：`15min..30min`。原文：PET-CT 含示踪剂准备共 2–3 小时。',
  },
  'protocol#/$defs/timeline/properties/report/description': {
    en: 'Time until the report is available: min/h = same day, bd = business days.',
    text: '出具报告所需的时间：min/h 表示当天，bd 表示工作日。',
  },
  'protocol#/$defs/timeline/properties/report/markdownDescription': {
    en: 'Time until the report is available: minutes or hours mean the same day, `bd` business days: `1bd..2bd`; `on-the-spot` for ultrasound. The seed: CT report within 1–2 business days.',
    text: '出具报告所需的时间：分钟或小时表示当天，`bd` 表示工作日：`1bd..2bd`；超声为 `on-the-spot`（当场）。原文：CT 报告 1–2 个工作日内出具。',
  },
  'protocol#/$defs/timeline/properties/lead/description': {
    en: 'Business days between ordering and the scan (scheduling); default 0bd.',
    text: '从开单到扫描之间的工作日（预约）；默认 0bd。',
  },
  'protocol#/$defs/timeline/properties/lead/markdownDescription': {
    en: 'Waiting time between ordering and the scan (scheduling), default none: `1bd..3bd`. The seed: ultrasound typically 1–3 days after scheduling.',
    text: '从开单到扫描之间的等待时间（预约），默认没有：`1bd..3bd`。原文：超声通常在预约后 1–3 天进行。',
  },
  'protocol#/$defs/timeline/properties/expedited/description': {
    en: 'Report time when the redo is expedited (urgent case or an expediting rule).',
    text: '加急重做时的报告时间（急诊病例或加急规则）。',
  },
  'protocol#/$defs/timeline/properties/expedited/markdownDescription': {
    en: 'The report time when the redo is expedited (an urgent patient, a changed condition): `0bd` = same day. The seed: CT and X-ray can be expedited to same day, MRI sometimes to next-day reporting (`1bd`), PET-CT needs at least 2 days (`2bd`).',
    text: '加急重做时的报告时间（急诊患者、病情变化）：`0bd` 表示当天。原文：CT 和 X 线可加急至当天，MRI 有时可加急至次日出报告（`1bd`），PET-CT 至少需要 2 天（`2bd`）。',
  },
  'protocol#/$defs/timeline/properties/same_day/description': {
    en: 'true: scan and report the same day; scan: scan the same day, report later; false: neither.',
    text: 'true：当天扫描并出报告；scan：当天扫描，之后出报告；false：两者都不能当天完成。',
  },
  'protocol#/$defs/timeline/properties/same_day/markdownDescription': {
    en: 'Whether the redo fits in one day: `true` (scan and report the same day), `scan` (scan the same day, report later), `false`. The seed: CT "scan same-day, report next-day" → `scan`.',
    text: '重做能否在一天内完成：`true`（当天扫描并出报告）、`scan`（当天扫描，之后出报告）、`false`。原文：CT“当天扫描、次日出报告”→ `scan`。',
  },
  'protocol#/$defs/timeline/properties/same_day/markdownEnumDescriptions/0': {
    en: 'Scan **and** report the same day (the seed: X-ray, ultrasound, PET-CT).',
    text: '当天扫描**并**出报告（原文：X 线、超声、PET-CT）。',
  },
  'protocol#/$defs/timeline/properties/same_day/markdownEnumDescriptions/1': {
    en: 'Scan the same day, report on a later day (the seed: CT, MRI).',
    text: '当天扫描，之后某天出报告（原文：CT、MRI）。',
  },
  'protocol#/$defs/timeline/properties/same_day/markdownEnumDescriptions/2': { en: 'Not feasible the same day.', text: '无法当天完成。' },
  'protocol#/$defs/timeline/properties/where/description': {
    en: 'Where the new imaging is done: arrival (in house, dated in business days) or home (before travel).',
    text: '新检查在何处进行：arrival（到达后在本院，按工作日计日期）或 home（出发前在原就诊医院）。',
  },
  'protocol#/$defs/timeline/properties/where/markdownDescription': {
    en: 'Where the scan is done: `arrival` (in house; `ready_by` counted in business days from `on`) or `home` (at the home hospital before travel: no date in China; the seed, Strategy 1: "having your home hospital add DWI may take only 30 minutes").',
    text: '在何处扫描：`arrival`（本院；`ready_by` 从 `on` 起按工作日计）或 `home`（出发前在原就诊医院：不安排在华日期；原文策略 1：“请原就诊医院补做 DWI 可能只需 30 分钟”）。',
  },
  'protocol#/$defs/timeline/properties/where/markdownEnumDescriptions/0': {
    en: "**In house**, on arrival: dated in the hospital's business days.",
    text: '到达后在**本院**进行：按医院的工作日计日期。',
  },
  'protocol#/$defs/timeline/properties/where/markdownEnumDescriptions/1': {
    en: '**At home**, before travel: the plan has no `ready_by` in China.',
    text: '出发前在**原就诊医院**进行：计划在中国没有 `ready_by`。',
  },
  'protocol#/$defs/timeline/defaultSnippets/0/description': {
    en: 'scan time, report time and whether it fits in one day',
    text: '扫描时间、报告时间，以及能否一天内完成',
  },
  'protocol#/$defs/costs/description': {
    en: 'Map from modality (or -contrast variant) to price, plus private_multiplier and reserve.',
    text: '从检查方式（或其 -contrast 版本）到价格的映射，另含 private_multiplier 和 reserve。',
  },
  'protocol#/$defs/costs/markdownDescription': {
    en: 'What a redo costs **per modality**, in `hospital.currency`: `PET-CT: 1100..1500`. A modality without a price is reported as unknown ("confirm with the receiving IMD"), never invented. The seed: PET-CT about $1,100–1,500 at a public IMD; private 2–4×; reserve $500–2,000.',
    text: '**各检查方式**重做的费用，以 `hospital.currency` 计：`PET-CT: 1100..1500`。没有价格的检查方式报告为未知（“请与接收医院国际医疗部确认”），绝不臆造。原文：公立医院国际医疗部 PET-CT 约 1,100–1,500 美元；私立 2–4 倍；预留 500–2,000 美元。',
  },
  'protocol#/$defs/costs/title': { en: 'costs', text: '费用' },
  'protocol#/$defs/costs/properties/XR/description': {
    en: 'Price of a X-ray (XR) redo in hospital.currency; a number or a range.',
    text: 'X 线（XR）重做的价格，以 hospital.currency 计；一个数字或范围。',
  },
  'protocol#/$defs/costs/properties/XR/markdownDescription': {
    en: 'What a **X-ray** redo costs, in `hospital.currency`: `XR: 1100..1500`. The seed gives no figure; leave it out to report the price as unknown ("confirm with the receiving IMD").',
    text: '**X 线** 重做的费用，以 `hospital.currency` 计：`XR: 1100..1500`。原文未给出数字；不写此项，价格即报告为未知（“请与接收医院国际医疗部确认”）。',
  },
  'protocol#/$defs/costs/properties/XR-contrast/description': {
    en: 'Price of a X-ray (XR) redo with contrast; without it the plain XR price is used.',
    text: 'X 线（XR）增强重做的价格；没有此项时使用 XR 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/XR-contrast/markdownDescription': {
    en: 'What a **X-ray with contrast** redo costs, in `hospital.currency`. Without this key the plain `XR` price applies.',
    text: '**X 线增强**重做的费用，以 `hospital.currency` 计。没有此键时按 `XR` 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/XR-supplement/description': {
    en: "Price of a X-ray (XR) supplement; without it the supplement's price is unknown (never the whole study's).",
    text: 'X 线（XR）补充检查的价格；没有此项时补充检查的价格为未知（绝不按整个检查计价）。',
  },
  'protocol#/$defs/costs/properties/XR-supplement/markdownDescription': {
    en: 'What adding the missing items to a kept **X-ray** study costs, in `hospital.currency`. Without this key the price is reported as unknown — a supplement is never priced as the whole study. The seed: adding DWI at home "a few hundred dollars".',
    text: '为保留的 **X 线** 检查补做缺少项目的费用，以 `hospital.currency` 计。没有此键时价格报告为未知——补充检查绝不按整个检查计价。原文：在原就诊医院补做 DWI“几百美元”。',
  },
  'protocol#/$defs/costs/properties/CT/description': {
    en: 'Price of a CT (CT) redo in hospital.currency; a number or a range.',
    text: 'CT重做的价格，以 hospital.currency 计；一个数字或范围。',
  },
  'protocol#/$defs/costs/properties/CT/markdownDescription': {
    en: 'What a **CT** redo costs, in `hospital.currency`: `CT: 1100..1500`. The seed gives no figure; leave it out to report the price as unknown ("confirm with the receiving IMD").',
    text: '**CT** 重做的费用，以 `hospital.currency` 计：`CT: 1100..1500`。原文未给出数字；不写此项，价格即报告为未知（“请与接收医院国际医疗部确认”）。',
  },
  'protocol#/$defs/costs/properties/CT-contrast/description': {
    en: 'Price of a CT (CT) redo with contrast; without it the plain CT price is used.',
    text: 'CT增强重做的价格；没有此项时使用 CT 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/CT-contrast/markdownDescription': {
    en: 'What a **CT with contrast** redo costs, in `hospital.currency`. Without this key the plain `CT` price applies.',
    text: '**CT增强**重做的费用，以 `hospital.currency` 计。没有此键时按 `CT` 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/CT-supplement/description': {
    en: "Price of a CT (CT) supplement; without it the supplement's price is unknown (never the whole study's).",
    text: 'CT补充检查的价格；没有此项时补充检查的价格为未知（绝不按整个检查计价）。',
  },
  'protocol#/$defs/costs/properties/CT-supplement/markdownDescription': {
    en: 'What adding the missing items to a kept **CT** study costs, in `hospital.currency`. Without this key the price is reported as unknown — a supplement is never priced as the whole study. The seed: adding DWI at home "a few hundred dollars".',
    text: '为保留的 **CT** 检查补做缺少项目的费用，以 `hospital.currency` 计。没有此键时价格报告为未知——补充检查绝不按整个检查计价。原文：在原就诊医院补做 DWI“几百美元”。',
  },
  'protocol#/$defs/costs/properties/MR/description': {
    en: 'Price of a MRI (MR) redo in hospital.currency; a number or a range.',
    text: 'MRI（MR）重做的价格，以 hospital.currency 计；一个数字或范围。',
  },
  'protocol#/$defs/costs/properties/MR/markdownDescription': {
    en: 'What a **MRI** redo costs, in `hospital.currency`: `MR: 1100..1500`. The seed gives no figure; leave it out to report the price as unknown ("confirm with the receiving IMD").',
    text: '**MRI** 重做的费用，以 `hospital.currency` 计：`MR: 1100..1500`。原文未给出数字；不写此项，价格即报告为未知（“请与接收医院国际医疗部确认”）。',
  },
  'protocol#/$defs/costs/properties/MR-contrast/description': {
    en: 'Price of a MRI (MR) redo with contrast; without it the plain MR price is used.',
    text: 'MRI（MR）增强重做的价格；没有此项时使用 MR 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/MR-contrast/markdownDescription': {
    en: 'What a **MRI with contrast** redo costs, in `hospital.currency`. Without this key the plain `MR` price applies.',
    text: '**MRI增强**重做的费用，以 `hospital.currency` 计。没有此键时按 `MR` 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/MR-supplement/description': {
    en: "Price of a MRI (MR) supplement; without it the supplement's price is unknown (never the whole study's).",
    text: 'MRI（MR）补充检查的价格；没有此项时补充检查的价格为未知（绝不按整个检查计价）。',
  },
  'protocol#/$defs/costs/properties/MR-supplement/markdownDescription': {
    en: 'What adding the missing items to a kept **MRI** study costs, in `hospital.currency`. Without this key the price is reported as unknown — a supplement is never priced as the whole study. The seed: adding DWI at home "a few hundred dollars".',
    text: '为保留的 **MRI** 检查补做缺少项目的费用，以 `hospital.currency` 计。没有此键时价格报告为未知——补充检查绝不按整个检查计价。原文：在原就诊医院补做 DWI“几百美元”。',
  },
  'protocol#/$defs/costs/properties/US/description': {
    en: 'Price of a ultrasound (US) redo in hospital.currency; a number or a range.',
    text: '超声（US）重做的价格，以 hospital.currency 计；一个数字或范围。',
  },
  'protocol#/$defs/costs/properties/US/markdownDescription': {
    en: 'What a **ultrasound** redo costs, in `hospital.currency`: `US: 1100..1500`. The seed gives no figure; leave it out to report the price as unknown ("confirm with the receiving IMD").',
    text: '**超声** 重做的费用，以 `hospital.currency` 计：`US: 1100..1500`。原文未给出数字；不写此项，价格即报告为未知（“请与接收医院国际医疗部确认”）。',
  },
  'protocol#/$defs/costs/properties/US-contrast/description': {
    en: 'Price of a ultrasound (US) redo with contrast; without it the plain US price is used.',
    text: '超声（US）增强重做的价格；没有此项时使用 US 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/US-contrast/markdownDescription': {
    en: 'What a **ultrasound with contrast** redo costs, in `hospital.currency`. Without this key the plain `US` price applies.',
    text: '**超声增强**重做的费用，以 `hospital.currency` 计。没有此键时按 `US` 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/US-supplement/description': {
    en: "Price of a ultrasound (US) supplement; without it the supplement's price is unknown (never the whole study's).",
    text: '超声（US）补充检查的价格；没有此项时补充检查的价格为未知（绝不按整个检查计价）。',
  },
  'protocol#/$defs/costs/properties/US-supplement/markdownDescription': {
    en: 'What adding the missing items to a kept **ultrasound** study costs, in `hospital.currency`. Without this key the price is reported as unknown — a supplement is never priced as the whole study. The seed: adding DWI at home "a few hundred dollars".',
    text: '为保留的 **超声** 检查补做缺少项目的费用，以 `hospital.currency` 计。没有此键时价格报告为未知——补充检查绝不按整个检查计价。原文：在原就诊医院补做 DWI“几百美元”。',
  },
  'protocol#/$defs/costs/properties/PET-CT/description': {
    en: 'Price of a PET-CT (PET-CT) redo in hospital.currency; a number or a range.',
    text: 'PET-CT重做的价格，以 hospital.currency 计；一个数字或范围。',
  },
  'protocol#/$defs/costs/properties/PET-CT/markdownDescription': {
    en: 'What a **PET-CT** redo costs, in `hospital.currency`: `PET-CT: 1100..1500`. The seed: about $1,100–1,500 at a public IMD → `PET-CT: 1100..1500`.',
    text: '**PET-CT** 重做的费用，以 `hospital.currency` 计：`PET-CT: 1100..1500`。原文：公立医院国际医疗部约 1,100–1,500 美元 → `PET-CT: 1100..1500`。',
  },
  'protocol#/$defs/costs/properties/PET-CT-contrast/description': {
    en: 'Price of a PET-CT (PET-CT) redo with contrast; without it the plain PET-CT price is used.',
    text: 'PET-CT增强重做的价格；没有此项时使用 PET-CT 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/PET-CT-contrast/markdownDescription': {
    en: 'What a **PET-CT with contrast** redo costs, in `hospital.currency`. Without this key the plain `PET-CT` price applies.',
    text: '**PET-CT增强**重做的费用，以 `hospital.currency` 计。没有此键时按 `PET-CT` 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/PET-CT-supplement/description': {
    en: "Price of a PET-CT (PET-CT) supplement; without it the supplement's price is unknown (never the whole study's).",
    text: 'PET-CT补充检查的价格；没有此项时补充检查的价格为未知（绝不按整个检查计价）。',
  },
  'protocol#/$defs/costs/properties/PET-CT-supplement/markdownDescription': {
    en: 'What adding the missing items to a kept **PET-CT** study costs, in `hospital.currency`. Without this key the price is reported as unknown — a supplement is never priced as the whole study. The seed: adding DWI at home "a few hundred dollars".',
    text: '为保留的 **PET-CT** 检查补做缺少项目的费用，以 `hospital.currency` 计。没有此键时价格报告为未知——补充检查绝不按整个检查计价。原文：在原就诊医院补做 DWI“几百美元”。',
  },
  'protocol#/$defs/costs/properties/PET-MR/description': {
    en: 'Price of a PET-MR (PET-MR) redo in hospital.currency; a number or a range.',
    text: 'PET-MR重做的价格，以 hospital.currency 计；一个数字或范围。',
  },
  'protocol#/$defs/costs/properties/PET-MR/markdownDescription': {
    en: 'What a **PET-MR** redo costs, in `hospital.currency`: `PET-MR: 1100..1500`. The seed gives no figure; leave it out to report the price as unknown ("confirm with the receiving IMD").',
    text: '**PET-MR** 重做的费用，以 `hospital.currency` 计：`PET-MR: 1100..1500`。原文未给出数字；不写此项，价格即报告为未知（“请与接收医院国际医疗部确认”）。',
  },
  'protocol#/$defs/costs/properties/PET-MR-contrast/description': {
    en: 'Price of a PET-MR (PET-MR) redo with contrast; without it the plain PET-MR price is used.',
    text: 'PET-MR增强重做的价格；没有此项时使用 PET-MR 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/PET-MR-contrast/markdownDescription': {
    en: 'What a **PET-MR with contrast** redo costs, in `hospital.currency`. Without this key the plain `PET-MR` price applies.',
    text: '**PET-MR增强**重做的费用，以 `hospital.currency` 计。没有此键时按 `PET-MR` 平扫的价格。',
  },
  'protocol#/$defs/costs/properties/PET-MR-supplement/description': {
    en: "Price of a PET-MR (PET-MR) supplement; without it the supplement's price is unknown (never the whole study's).",
    text: 'PET-MR补充检查的价格；没有此项时补充检查的价格为未知（绝不按整个检查计价）。',
  },
  'protocol#/$defs/costs/properties/PET-MR-supplement/markdownDescription': {
    en: 'What adding the missing items to a kept **PET-MR** study costs, in `hospital.currency`. Without this key the price is reported as unknown — a supplement is never priced as the whole study. The seed: adding DWI at home "a few hundred dollars".',
    text: '为保留的 **PET-MR** 检查补做缺少项目的费用，以 `hospital.currency` 计。没有此键时价格报告为未知——补充检查绝不按整个检查计价。原文：在原就诊医院补做 DWI“几百美元”。',
  },
  'protocol#/$defs/costs/properties/private_multiplier/description': {
    en: 'Factor applied to every price a private protocol inherits from a public parent.',
    text: '私立规范从公立上级规范继承的每个价格所乘的系数。',
  },
  'protocol#/$defs/costs/properties/private_multiplier/markdownDescription': {
    en: 'When a **private** profile extends a **public** one, every price it inherits is multiplied by this factor (its own prices are taken as written): `private_multiplier: 2..4`. The seed: private international hospital re-do is typically 2–4× public pricing.',
    text: '**私立**规范继承**公立**规范时，继承来的每个价格都乘以此系数（自己写的价格按原样计）：`private_multiplier: 2..4`。原文：私立国际医院的重做费用通常是公立医院的 2–4 倍。',
  },
  'protocol#/$defs/costs/properties/reserve/description': {
    en: 'The amount to set aside for redos, shown as advice when any price is unknown.',
    text: '为重做预留的金额，在有价格未知时作为建议显示。',
  },
  'protocol#/$defs/costs/properties/reserve/markdownDescription': {
    en: 'What the patient should set aside for possible re-imaging, shown as advice whenever a price is unknown: `reserve: 500..2000`. The seed: reserve $500–2,000 USD, sufficient for most situations.',
    text: '患者应为可能的重新检查预留的费用，只要有价格未知就作为建议显示：`reserve: 500..2000`。原文：预留 500–2,000 美元，足以应对大多数情况。',
  },
  'protocol#/$defs/adviceLine/description': {
    en: 'An advice line for the patient and the situation that triggers it.',
    text: '给患者的一条建议及触发它的情形。',
  },
  'protocol#/$defs/adviceLine/markdownDescription': {
    en: 'A line of advice for the patient, shown when its situation occurs: `{ when: supplement, text: Ask your home hospital to add what is missing before you travel. }`.',
    text: '给患者的一条建议，在其情形出现时显示：`{ when: supplement, text: Ask your home hospital to add what is missing before you travel. }`。',
  },
  'protocol#/$defs/adviceLine/title': { en: 'an advice line', text: '建议条目' },
  'protocol#/$defs/adviceLine/properties/when/description': { en: 'When the line is shown.', text: '何时显示这条建议。' },
  'protocol#/$defs/adviceLine/properties/when/markdownDescription': {
    en: 'When to show the line: `supplement`, `redo`, `expired`, `several-facilities`, `unknown-cost` or `always`.',
    text: '何时显示这条建议：`supplement`、`redo`、`expired`、`several-facilities`、`unknown-cost` 或 `always`。',
  },
  'protocol#/$defs/adviceLine/properties/text/description': { en: 'The advice shown to the patient.', text: '显示给患者的建议。' },
  'protocol#/$defs/adviceLine/properties/text/markdownDescription': {
    en: "The advice, in plain words for the patient: `Only bring your most recent imaging.` (the seed's strategy 3).",
    text: '建议内容，用患者能看懂的话写：`Only bring your most recent imaging.`（原文策略 3）。',
  },
  'protocol#/$defs/adviceTrigger/description': {
    en: 'When an advice line is shown: always, supplement, redo, expired, several-facilities or unknown-cost.',
    text: '何时显示建议：always、supplement、redo、expired、several-facilities 或 unknown-cost。',
  },
  'protocol#/$defs/adviceTrigger/markdownDescription': { en: 'The situation that shows an advice line.', text: '显示某条建议的情形。' },
  'protocol#/$defs/adviceTrigger/title': { en: 'an advice trigger', text: '建议触发情形' },
  'protocol#/$defs/adviceTrigger/markdownEnumDescriptions/0': { en: 'In every case.', text: '所有病例。' },
  'protocol#/$defs/adviceTrigger/markdownEnumDescriptions/1': {
    en: 'A study needs a supplement. The seed: supplementing at home is often cheaper and faster.',
    text: '有检查需要补充。原文：在原就诊医院补做通常更便宜、更快。',
  },
  'protocol#/$defs/adviceTrigger/markdownEnumDescriptions/2': {
    en: "A study must be redone. The seed: redoing at home to the hospital's standard before travel is often the better economic choice.",
    text: '有检查必须重做。原文：出发前在原就诊医院按本院标准重做，在经济上往往更合算。',
  },
  'protocol#/$defs/adviceTrigger/markdownEnumDescriptions/3': {
    en: 'A study is past its validity window. The seed: only bring the most recent imaging.',
    text: '有检查超出有效期。原文：只带最近的影像。',
  },
  'protocol#/$defs/adviceTrigger/markdownEnumDescriptions/4': {
    en: 'The studies come from more than one facility. The seed: concentrate imaging at a single facility.',
    text: '检查来自不止一家机构。原文：尽量在同一家机构集中检查。',
  },
  'protocol#/$defs/adviceTrigger/markdownEnumDescriptions/5': {
    en: "A redo's price is unknown. The seed: reserve $500–2,000 and confirm with the receiving IMD.",
    text: '有重做的价格未知。原文：预留 500–2,000 美元，并与接收医院国际医疗部确认。',
  },
  'protocol#/$defs/plane/description': {
    en: 'The plane a series is acquired or reconstructed in: axial, coronal, sagittal or oblique.',
    text: '序列采集或重建所在的平面：axial（轴位）、coronal（冠状位）、sagittal（矢状位）或 oblique（斜位）。',
  },
  'protocol#/$defs/plane/markdownDescription': {
    en: "The plane of the series' images: `axial`, `coronal`, `sagittal` or `oblique`.",
    text: '序列图像的平面：`axial`、`coronal`、`sagittal` 或 `oblique`。',
  },
  'protocol#/$defs/plane/title': { en: 'a plane', text: '平面' },
  'protocol#/$defs/plane/markdownEnumDescriptions/0': { en: '**Axial** (transverse) sections.', text: '**轴位**（横断面）。' },
  'protocol#/$defs/plane/markdownEnumDescriptions/1': { en: '**Coronal** sections.', text: '**冠状位**。' },
  'protocol#/$defs/plane/markdownEnumDescriptions/2': { en: '**Sagittal** sections.', text: '**矢状位**。' },
  'protocol#/$defs/plane/markdownEnumDescriptions/3': {
    en: '**Oblique** sections, at an angle to the three main planes.',
    text: '**斜位**，与三个主平面成一定角度。',
  },
  'protocol#/$defs/acquisition/description': {
    en: 'Whether the series is acquired as 2D slices or as a 3D volume.',
    text: '序列是按 2D 逐层采集还是按 3D 容积采集。',
  },
  'protocol#/$defs/acquisition/markdownDescription': {
    en: 'How the series is acquired: `2D` (slice by slice) or `3D` (a volume, reformattable thin in any plane).',
    text: '序列的采集方式：`2D`（逐层）或 `3D`（容积，可在任意平面重建薄层）。',
  },
  'protocol#/$defs/acquisition/title': { en: 'an acquisition', text: '采集方式' },
  'protocol#/$defs/acquisition/markdownEnumDescriptions/0': {
    en: '**2D** — slice by slice; thin only in the plane it was acquired in.',
    text: '**2D**——逐层采集；只在采集平面上是薄层。',
  },
  'protocol#/$defs/acquisition/markdownEnumDescriptions/1': {
    en: '**3D** — a volume; can be reformatted in any plane.',
    text: '**3D**——容积采集；可在任意平面重建。',
  },
  'protocol#/$defs/timeComparison/description': { en: 'A comparison with a time, e.g. <= 15s.', text: '与时间的比较，如 <= 15s。' },
  'protocol#/$defs/timeComparison/markdownDescription': {
    en: 'A limit on a time: an operator (`<=`, `>=`, `<`, `>`) and seconds or minutes — `<= 15s`, `<= 4min`.',
    text: '时间限值：运算符（`<=`、`>=`、`<`、`>`）加秒或分钟——`<= 15s`、`<= 4min`。',
  },
  'protocol#/$defs/timeComparison/title': { en: 'a time comparison', text: '时间比较式' },
  'protocol#/$defs/bValueComparison/description': { en: 'A comparison with a b-value in s/mm², e.g. >= 1400.', text: '与 b 值（s/mm²）的比较，如 >= 1400。' },
  'protocol#/$defs/bValueComparison/markdownDescription': {
    en: 'A limit on a diffusion b-value in s/mm²: `>= 1400` (some b-value of the series is at least 1400). The unit may be written: `>= 1400s/mm2`.',
    text: '弥散 b 值限值，单位 s/mm²：`>= 1400`（该序列的某个 b 值至少为 1400）。可以写出单位：`>= 1400s/mm2`。',
  },
  'protocol#/$defs/bValueComparison/title': { en: 'a b-value comparison', text: 'b 值比较式' },
  'protocol#/$defs/seriesRequirement/description': {
    en: 'A series the study must have: its sequence or phase, and what that one series must meet.',
    text: '检查必须具备的序列：其序列类型或期相，以及这一个序列必须满足的条件。',
  },
  'protocol#/$defs/seriesRequirement/markdownDescription': {
    en: "A series the study must have, met only when **one series** meets every constraint at once: `{ sequence: DWI, b_value: '>= 1400' }`, `{ sequence: T2, plane: axial, slice_thickness: <= 3mm }`. Without `sequence` or `phase` any series may meet it: `{ slice_thickness: <= 1.5mm, contiguous: true }`.",
    text: "检查必须具备的一个序列，只有**同一个序列**同时满足全部限值才算满足：`{ sequence: DWI, b_value: '>= 1400' }`、`{ sequence: T2, plane: axial, slice_thickness: <= 3mm }`。不写 `sequence` 或 `phase` 时，任何序列都可以满足：`{ slice_thickness: <= 1.5mm, contiguous: true }`。",
  },
  'protocol#/$defs/seriesRequirement/title': { en: 'a series requirement', text: '序列要求' },
  'protocol#/$defs/seriesRequirement/properties/sequence/description': {
    en: 'The MR sequence (or any of a list) the series must be.',
    text: '该序列必须是的 MR 序列类型（或列表中任一种）。',
  },
  'protocol#/$defs/seriesRequirement/properties/sequence/markdownDescription': {
    en: 'The MRI sequence the series must be: `DWI`, or any of a list `[T1-contrast, DCE]`.',
    text: '该序列必须是的 MRI 序列类型：`DWI`，或列表中任一种 `[T1-contrast, DCE]`。',
  },
  'protocol#/$defs/seriesRequirement/properties/phase/description': {
    en: 'The contrast phase (or any of a list) the series must be.',
    text: '该序列必须是的增强期相（或列表中任一种）。',
  },
  'protocol#/$defs/seriesRequirement/properties/phase/markdownDescription': {
    en: 'The contrast phase the series must be: `late-arterial`. `arterial` is met by early and late arterial series; `late-arterial` is not met by `early-arterial`, and is unknown for a series that says only `arterial`.',
    text: '该序列必须是的增强期相：`late-arterial`。`arterial` 可由动脉早期和晚期序列满足；`late-arterial` 不能由 `early-arterial` 满足，对只写了 `arterial` 的序列则为未知。',
  },
  'protocol#/$defs/seriesRequirement/properties/plane/description': {
    en: 'The plane (or any of a list) the series must be in.',
    text: '该序列必须所在的平面（或列表中任一个）。',
  },
  'protocol#/$defs/seriesRequirement/properties/plane/markdownDescription': {
    en: 'The plane the series must be in: `axial`, or any of `[sagittal, coronal]`.',
    text: '该序列必须所在的平面：`axial`，或 `[sagittal, coronal]` 中任一个。',
  },
  'protocol#/$defs/seriesRequirement/properties/acquisition/description': {
    en: '2D or 3D: how the series must be acquired.',
    text: '2D 或 3D：该序列必须如何采集。',
  },
  'protocol#/$defs/seriesRequirement/properties/acquisition/markdownDescription': {
    en: 'How the series must be acquired: `3D`.',
    text: '该序列必须如何采集：`3D`。',
  },
  'protocol#/$defs/seriesRequirement/properties/contrast/description': {
    en: 'true: the series must be post-contrast; false: before contrast.',
    text: 'true：该序列必须为增强后；false：必须为增强前。',
  },
  'protocol#/$defs/seriesRequirement/properties/contrast/markdownDescription': {
    en: '`true`: the series must be acquired after contrast; `false`: before it.',
    text: '`true`：该序列必须在注射对比剂后采集；`false`：在注射前采集。',
  },
  'protocol#/$defs/seriesRequirement/properties/slice_thickness/description': { en: "Limit on the series' slice thickness.", text: '该序列的层厚限值。' },
  'protocol#/$defs/seriesRequirement/properties/slice_thickness/markdownDescription': {
    en: 'The thickest acceptable sections of this series: `<= 3mm`.',
    text: '该序列可接受的最大层厚：`<= 3mm`。',
  },
  'protocol#/$defs/seriesRequirement/properties/spacing/description': { en: 'Limit on the centre-to-centre slice spacing.', text: '层中心间距的限值。' },
  'protocol#/$defs/seriesRequirement/properties/spacing/markdownDescription': {
    en: 'The largest acceptable distance between slice centres: `<= 3mm`.',
    text: '层中心之间可接受的最大距离：`<= 3mm`。',
  },
  'protocol#/$defs/seriesRequirement/properties/contiguous/description': {
    en: 'true: the sections must be contiguous (spacing at most the slice thickness).',
    text: 'true：各层必须连续（层间距不大于层厚）。',
  },
  'protocol#/$defs/seriesRequirement/properties/contiguous/markdownDescription': {
    en: '`true`: the sections must touch or overlap — `spacing` at most `slice_thickness` (1mm sections every 10mm are not contiguous). Unknown when either is not stated.',
    text: '`true`：各层必须相接或重叠——`spacing` 不大于 `slice_thickness`（每隔 10mm 一层 1mm 的层不连续）。两者有一个未注明时为未知。',
  },
  'protocol#/$defs/seriesRequirement/properties/pixel_spacing/description': { en: 'Limit on the in-plane pixel size.', text: '层内像素大小的限值。' },
  'protocol#/$defs/seriesRequirement/properties/pixel_spacing/markdownDescription': {
    en: 'The coarsest acceptable in-plane resolution: `<= 1mm`.',
    text: '可接受的最粗层内分辨率：`<= 1mm`。',
  },
  'protocol#/$defs/seriesRequirement/properties/b_value/description': {
    en: 'Some b-value of the series must meet this, in s/mm².',
    text: '该序列的某个 b 值必须满足此条件，单位 s/mm²。',
  },
  'protocol#/$defs/seriesRequirement/properties/b_value/markdownDescription': {
    en: "Some b-value of the series must meet this: `'>= 1400'` (PI-RADS v2.1's high b-value). Quote it: YAML reads a leading `>` as a folded text.",
    text: "该序列的某个 b 值必须满足此条件：`'>= 1400'`（PI-RADS v2.1 的高 b 值）。请加引号：YAML 会把开头的 `>` 读作折叠文本。",
  },
  'protocol#/$defs/seriesRequirement/properties/temporal_resolution/description': {
    en: 'Limit on the time per dynamic phase.',
    text: '每个动态期相所用时间的限值。',
  },
  'protocol#/$defs/seriesRequirement/properties/temporal_resolution/markdownDescription': {
    en: 'The slowest acceptable dynamic imaging: `<= 15s`.',
    text: '可接受的最慢动态成像：`<= 15s`。',
  },
  'protocol#/$defs/seriesRequirement/properties/contrast_delay/description': {
    en: 'Limit on the time from injection to the series.',
    text: '从注射对比剂到该序列开始的时间限值。',
  },
  'protocol#/$defs/seriesRequirement/properties/contrast_delay/markdownDescription': {
    en: 'How soon after injection the series must start: `<= 4min`.',
    text: '注射对比剂后多久内该序列必须开始：`<= 4min`。',
  },
  'protocol#/$defs/seriesRequirement/defaultSnippets/0/description': {
    en: 'a series of one sequence that must meet several limits at once',
    text: '单一序列类型的一个序列，必须同时满足若干限值',
  },
  'protocol#/$defs/itemVerdict/description': {
    en: 'What a missing sequence or phase takes: supplement (added without a new examination), redo (a new examination) or review.',
    text: '缺失某一序列或期相时的处理：supplement（补充，无需重新检查）、redo（重做，需重新检查）或 review（复核）。',
  },
  'protocol#/$defs/itemVerdict/markdownDescription': {
    en: 'What getting a missing sequence or phase takes:\n\n- `supplement` — it can be added to the study without a new examination (the seed: "having your home hospital add DWI may take only 30 minutes");\n- `redo` — it needs a new contrast injection, that is a new contrast examination (LGE, DCE, the phases of a liver study);\n- `review` — the physician decides.',
    text: '补上缺失的序列或期相需要什么：\n\n- `supplement`——无需重新检查即可加到该检查上（原文：“请原就诊医院补做 DWI 可能只需 30 分钟”）；\n- `redo`——需要重新注射对比剂，即重新做一次增强检查（LGE、DCE、肝脏检查的各期相）；\n- `review`——由医生决定。',
  },
  'protocol#/$defs/itemVerdict/title': { en: 'what a missing item takes', text: '缺失项目的处理' },
  'protocol#/$defs/itemVerdict/markdownEnumDescriptions/0': {
    en: '**Supplement** — added to the kept study without a new examination (e.g. a DWI sequence, no contrast).',
    text: '**补充**——无需重新检查，加到保留的检查上（例如 DWI 序列，不用对比剂）。',
  },
  'protocol#/$defs/itemVerdict/markdownEnumDescriptions/1': {
    en: '**Redo** — needs a new contrast injection: a new contrast examination (e.g. LGE, DCE, a missing delayed phase).',
    text: '**重做**——需要重新注射对比剂：重新做一次增强检查（例如 LGE、DCE、缺失的延迟期）。',
  },
  'protocol#/$defs/itemVerdict/markdownEnumDescriptions/2': { en: '**Review** — the physician decides.', text: '**复核**——由医生决定。' },
  'protocol#/$defs/missingItem/description': {
    en: 'A verdict for the missing item, or { verdict, because }.',
    text: '缺失项目的结论，或 { verdict, because }。',
  },
  'protocol#/$defs/missingItem/markdownDescription': {
    en: 'What a missing item takes: `supplement`, or with the reason shown to the reader: `{ verdict: redo, because: LGE is acquired 10–15 minutes after a gadolinium injection; adding it means a new contrast examination. }`.',
    text: '缺失项目的处理：`supplement`，或附上向读者显示的理由：`{ verdict: redo, because: LGE is acquired 10–15 minutes after a gadolinium injection; adding it means a new contrast examination. }`。',
  },
  'protocol#/$defs/missingItem/anyOf/1/properties/verdict/description': { en: 'What the missing item takes.', text: '缺失项目的处理。' },
  'protocol#/$defs/missingItem/anyOf/1/properties/verdict/markdownDescription': {
    en: 'What the missing item takes: `supplement`, `redo` or `review`.',
    text: '缺失项目的处理：`supplement`、`redo` 或 `review`。',
  },
  'protocol#/$defs/missingItem/anyOf/1/properties/because/description': {
    en: 'Why, in plain words (shown with the verdict).',
    text: '理由，用通俗的话写（随结论显示）。',
  },
  'protocol#/$defs/missingItem/anyOf/1/properties/because/markdownDescription': {
    en: 'Why, in plain words, shown in the reason: `Dynamic contrast needs a new injection.`',
    text: '理由，用通俗的话写，显示在结论理由中：`Dynamic contrast needs a new injection.`',
  },
  'protocol#/$defs/missingItem/title': { en: "a missing item's verdict", text: '缺失项目的结论' },
  'protocol#/$defs/missing/description': {
    en: 'Map from a sequence or phase to what it takes when missing: supplement, redo or review.',
    text: '从序列或期相到缺失时处理的映射：补充、重做或复核。',
  },
  'protocol#/$defs/missing/markdownDescription': {
    en: "Per required sequence or phase, what a study **missing** it gets: `{ DWI: supplement, LGE: { verdict: redo, because: … } }`. A rule's own `missing` wins over the profile's; an item named by neither gets the rule's `otherwise`. The same missing item thus gets the same verdict under every rule, unless a rule says otherwise.",
    text: '每个要求的序列或期相，**缺少**它的检查得到的结论：`{ DWI: supplement, LGE: { verdict: redo, because: … } }`。规则自己的 `missing` 优先于规范的；两者都未列出的项目按规则的 `otherwise` 处理。因此，除非某条规则另有规定，同一缺失项目在所有规则下得到同样的结论。',
  },
  'protocol#/$defs/missing/title': { en: 'what missing items take', text: '缺失项目的处理' },
  'protocol#/$defs/missing/additionalProperties/description': {
    en: 'What a study missing this item gets: a verdict, or { verdict, because }.',
    text: '缺少此项目的检查得到的结论：一个结论，或 { verdict, because }。',
  },
  'protocol#/$defs/missing/additionalProperties/markdownDescription': {
    en: 'What a study missing this sequence or phase gets: `supplement`, `redo`, `review`, or `{ verdict: redo, because: … }`.',
    text: '缺少此序列或期相的检查得到的结论：`supplement`、`redo`、`review`，或 `{ verdict: redo, because: … }`。',
  },
  'protocol#/$defs/regions/description': {
    en: 'Map from a region to the regions it contains, added to the default hierarchy.',
    text: '从部位到其所包含部位的映射，加入默认部位层级。',
  },
  'protocol#/$defs/regions/markdownDescription': {
    en: "Parts the profile adds under a region, beside the default hierarchy (`abdomen` ⊃ `liver`, `pancreas`, `kidney`; `pelvis` ⊃ `prostate`, `uterus`, `bladder`; `head` ⊃ `brain`; `chest` ⊃ `lung`, `heart`; `chest-abdomen-pelvis` and `whole-body` ⊃ their parts): `{ abdomen: [adrenal] }`. A rule about an organ applies to a study of a region containing it when the patient's indications concern that organ (`concerns`).",
    text: '规范在默认部位层级之外，于某一部位之下增加的部位（默认层级：`abdomen` ⊃ `liver`、`pancreas`、`kidney`；`pelvis` ⊃ `prostate`、`uterus`、`bladder`；`head` ⊃ `brain`；`chest` ⊃ `lung`、`heart`；`chest-abdomen-pelvis` 和 `whole-body` ⊃ 其各部分）：`{ abdomen: [adrenal] }`。当患者的诊断涉及某个器官时（`concerns`），关于该器官的规则适用于包含它的部位的检查。',
  },
  'protocol#/$defs/regions/title': { en: 'region hierarchy additions', text: '部位层级的补充' },
  'protocol#/$defs/regions/additionalProperties/description': { en: 'The regions this region contains.', text: '此部位所包含的部位。' },
  'protocol#/$defs/regions/additionalProperties/markdownDescription': {
    en: 'The regions inside this one: `[adrenal]`.',
    text: '位于此部位之内的部位：`[adrenal]`。',
  },
  'protocol#/$defs/concerns/description': { en: 'Map from an indication or symptom to the regions it concerns.', text: '从诊断或症状到其所涉及部位的映射。' },
  'protocol#/$defs/concerns/markdownDescription': {
    en: "Which regions a patient's **indication** or **symptom** concerns: `{ liver-cancer: liver, new-headache: { regions: [head], because: … } }`. An indication's regions let a rule about an organ apply to a study covering it (`liver-cancer` → a rule for the liver applies to an abdomen CT). A symptom's regions scope a changed condition: only studies of those regions are redone (the seed: a lung-cancer patient with new headaches gets a head MRI; the 3-week-old chest CT is judged on its own). A symptom the table does not name concerns every study.",
    text: '患者的**诊断**或**症状**涉及哪些部位：`{ liver-cancer: liver, new-headache: { regions: [head], because: … } }`。诊断所涉及的部位，使关于某器官的规则适用于覆盖该器官的检查（`liver-cancer` → 关于肝脏的规则适用于腹部 CT）。症状所涉及的部位限定病情变化的范围：只有这些部位的检查需要重做（原文：出现新发头痛的肺癌患者需新增头颅 MRI；3 周前的胸部 CT 按其自身情况判断）。表中未列出的症状涉及所有检查。',
  },
  'protocol#/$defs/concerns/title': { en: 'what indications and symptoms concern', text: '诊断和症状涉及的部位' },
  'protocol#/$defs/concerns/additionalProperties/description': {
    en: 'A region, a list of regions, or { regions, because }.',
    text: '一个部位、部位列表，或 { regions, because }。',
  },
  'protocol#/$defs/concerns/additionalProperties/markdownDescription': {
    en: 'The regions concerned: `head`, `[liver, biliary]`, or `{ regions: [head], because: Headache may come from brain metastases. }`.',
    text: '所涉及的部位：`head`、`[liver, biliary]`，或 `{ regions: [head], because: Headache may come from brain metastases. }`。',
  },
  'protocol#/$defs/concerns/additionalProperties/anyOf/2/properties/regions/description': { en: 'The regions concerned.', text: '所涉及的部位。' },
  'protocol#/$defs/concerns/additionalProperties/anyOf/2/properties/regions/markdownDescription': {
    en: 'The regions concerned: `[head]`.',
    text: '所涉及的部位：`[head]`。',
  },
  'protocol#/$defs/concerns/additionalProperties/anyOf/2/properties/because/description': { en: 'Why, in plain words.', text: '理由，用通俗的话写。' },
  'protocol#/$defs/concerns/additionalProperties/anyOf/2/properties/because/markdownDescription': {
    en: 'Why the indication or symptom concerns these regions, in plain words.',
    text: '该诊断或症状为何涉及这些部位，用通俗的话写。',
  },
  'protocol#/$defs/impactLine/description': {
    en: 'What cannot be assessed without the item; with indication, shown only to those patients.',
    text: '缺少该项目时无法评估的内容；写了 indication 时只向这些患者显示。',
  },
  'protocol#/$defs/impactLine/markdownDescription': {
    en: 'What the physician cannot assess without this item: a sentence, or `{ text: …, indication: stroke }` to show it only to patients with that indication (a brain-tumour patient is not told about acute infarction).',
    text: '缺少此项目时医生无法评估的内容：一句话，或 `{ text: …, indication: stroke }`，只向有该诊断的患者显示（不会告诉脑肿瘤患者急性梗死的事）。',
  },
  'protocol#/$defs/impactLine/anyOf/1/properties/text/description': { en: 'The sentence.', text: '这句话。' },
  'protocol#/$defs/impactLine/anyOf/1/properties/text/markdownDescription': {
    en: "What cannot be assessed: `Without DWI, acute infarction can't be assessed.`",
    text: "无法评估的内容：`Without DWI, acute infarction can't be assessed.`",
  },
  'protocol#/$defs/impactLine/anyOf/1/properties/indication/description': {
    en: 'Show only to patients with this indication (or one of these).',
    text: '只向有此诊断（或其中之一）的患者显示。',
  },
  'protocol#/$defs/impactLine/anyOf/1/properties/indication/markdownDescription': {
    en: 'Shown only to patients with this indication: `stroke`, or a list.',
    text: '只向有此诊断的患者显示：`stroke`，或一个列表。',
  },
  'protocol#/$defs/impactLine/title': { en: 'an impact line', text: '缺失影响条目' },
  'protocol#/$defs/words/title': { en: 'text, or text per language', text: '文本，或按语言分别书写的文本' },
  'protocol#/$defs/words/description': {
    en: "Text for people to read: one string in the profile's language, or the same text per language (en, zh-CN).",
    text: '供人阅读的文本：用规范语言写的一个字符串，或按语言（en、zh-CN）分别书写的同一文本。',
  },
  'protocol#/$defs/words/markdownDescription': {
    en: "Text for people to read. One string is in the profile's `language` (English unless it says); or write it per language:\n```yaml\nbecause:\n  en: Thin sections show small nodules.\n  zh-CN: 薄层才能显示小结节。\n```\nA language left out is a warning: its readers see another language's text.",
    text: '供人阅读的文本。一个字符串时使用规范的 `language`（未注明则为英语）；也可以按语言分别书写：\n```yaml\nbecause:\n  en: Thin sections show small nodules.\n  zh-CN: 薄层才能显示小结节。\n```\n漏写某种语言会给出警告：该语言的读者将看到另一种语言的文本。',
  },
  'protocol#/$defs/words/anyOf/1/additionalProperties/description': { en: 'The text in the language its key names.', text: '键所指语言的文本。' },
  'protocol#/$defs/words/anyOf/1/additionalProperties/markdownDescription': {
    en: 'The text in the language its key names: `en` or `zh-CN`.',
    text: '键所指语言的文本：`en` 或 `zh-CN`。',
  },
  'case#/title': { en: 'Reimage case', text: 'Reimage 病例' },
  'case#/description': {
    en: "One patient's outside studies, evaluated against a protocol on a given date, optionally with the expected verdicts.",
    text: '一位患者的外院检查，在给定日期按某一规范评估，可附预期结论。',
  },
  'case#/markdownDescription': {
    en: "One patient's **outside studies** (`*.case.yaml`), checked against a hospital's profile on a given date. With `expect` the case is a test. See `docs/language.md`.",
    text: '一位患者的**外院检查**（`*.case.yaml`），在给定日期按某家医院的规范核查。写了 `expect` 的病例即为测试。详见 `docs/language.md`。',
  },
  'case#/properties/case/description': { en: 'Id of the case, kebab-case.', text: '病例的标识，短横线小写（kebab-case）。' },
  'case#/properties/case/markdownDescription': {
    en: 'A short name for the case: `lung-ct-beyond-validity`.',
    text: '病例的简短名称：`lung-ct-beyond-validity`。',
  },
  'case#/properties/protocol/description': { en: 'Id of the protocol to evaluate against.', text: '用于评估的规范的标识。' },
  'case#/properties/protocol/markdownDescription': { en: 'The profile to check against: `tier3a-public`.', text: '用于核查的规范：`tier3a-public`。' },
  'case#/properties/on/description': { en: 'Evaluation date (arrival or decision date).', text: '评估日期（到达日或决定日）。' },
  'case#/properties/on/markdownDescription': {
    en: 'The evaluation date — arrival or decision day: `2026-04-10`. Study ages and the redo timeline count from it. The seed: a lung-cancer CT from February is beyond the 4–6 week window on arrival in April.',
    text: '评估日期——到达日或决定日：`2026-04-10`。检查的时长和重做的时间安排都从这一天算起。原文：肺癌患者 2 月做的 CT，4 月到达时已超过 4–6 周的有效期。',
  },
  'case#/properties/patient/description': { en: "The patient's situation.", text: '患者的情况。' },
  'case#/properties/patient/markdownDescription': {
    en: "The patient's situation: `{ context: active-oncology, indications: [lung-cancer], purpose: oncology }`.",
    text: '患者的情况：`{ context: active-oncology, indications: [lung-cancer], purpose: oncology }`。',
  },
  'case#/properties/studies/description': { en: 'The outside studies.', text: '外院检查。' },
  'case#/properties/studies/markdownDescription': {
    en: 'The outside studies the patient brings, one entry each. The seed: only bring the most recent imaging.',
    text: '患者带来的外院检查，每项一条。原文：只带最近的影像。',
  },
  'case#/properties/expect/description': { en: 'Expected verdicts per study id; makes the case a test.', text: '按检查标识列出的预期结论；使病例成为测试。' },
  'case#/properties/expect/markdownDescription': {
    en: 'The verdicts a reviewer expects: `{ chest-ct: redo }` — makes the case a test that fails when the profile gives another verdict.',
    text: '审核者预期的结论：`{ chest-ct: redo }`——使病例成为一项测试，规范给出其他结论时即失败。',
  },
  'case#/defaultSnippets/0/description': { en: "a patient's outside studies, checked against a profile", text: '一位患者的外院检查，按某一规范核查' },
  'case#/$defs/id/description': {
    en: 'A kebab-case identifier: lower-case letters, digits and hyphens, starting with a letter or digit.',
    text: '短横线小写（kebab-case）标识：小写字母、数字和连字符，以字母或数字开头。',
  },
  'case#/$defs/id/markdownDescription': {
    en: 'A short name in **kebab-case**: lower-case letters, digits and hyphens, no spaces — for example `oncology-thin-slice-ct` or `tier3a-public`. Reports, cases and other profiles refer to things by this name, so keep it stable once others use it.',
    text: '短横线小写（**kebab-case**）的简短名称：小写字母、数字和连字符，不含空格——例如 `oncology-thin-slice-ct` 或 `tier3a-public`。报告、病例和其他规范都用这个名称引用，一旦被引用请保持不变。',
  },
  'case#/$defs/id/title': { en: 'a kebab-case id', text: '短横线小写（kebab-case）标识' },
  'case#/$defs/date/description': { en: 'A calendar date written YYYY-MM-DD.', text: '日历日期，写作 YYYY-MM-DD。' },
  'case#/$defs/date/markdownDescription': {
    en: 'A calendar date as year-month-day: `2026-04-10` (10 April 2026).',
    text: '按“年-月-日”书写的日期：`2026-04-10`（2026年4月10日）。',
  },
  'case#/$defs/date/title': { en: 'a date', text: '日期' },
  'case#/$defs/length/description': {
    en: 'A length in millimetres, number and unit without a space, e.g. 2.5mm.',
    text: '以毫米为单位的长度，数字与单位之间不留空格，如 2.5mm。',
  },
  'case#/$defs/length/markdownDescription': {
    en: 'A length in **millimetres**, written without a space between number and unit: `2.5mm`, `5mm`. (Write `5mm`, not `5 mm` or `0.5cm`.)',
    text: '以**毫米**为单位的长度，数字与单位之间不留空格：`2.5mm`、`5mm`。（请写 `5mm`，不要写 `5 mm` 或 `0.5cm`。）',
  },
  'case#/$defs/length/title': { en: 'a length', text: '长度' },
  'case#/$defs/fieldStrength/description': { en: 'A magnetic field strength in tesla, e.g. 1.5T.', text: '以特斯拉为单位的磁场强度，如 1.5T。' },
  'case#/$defs/fieldStrength/markdownDescription': {
    en: "The MRI scanner's **field strength in tesla**, written without a space: `1.5T`, `3T`, `0.5T`. The seed: 1.5T vs 3.0T affects soft-tissue contrast; open low-field (0.5T) MRI typically requires a re-do.",
    text: 'MRI 扫描仪的**场强（特斯拉）**，不留空格：`1.5T`、`3T`、`0.5T`。原文：1.5T 与 3.0T 影响软组织对比；开放式低场（0.5T）MRI 通常需要重做。',
  },
  'case#/$defs/fieldStrength/title': { en: 'a field strength', text: '场强' },
  'case#/$defs/money/description': {
    en: "An amount in the protocol's currency: a plain number or a range a..b.",
    text: '以规范币种计的金额：一个数字或范围 a..b。',
  },
  'case#/$defs/money/markdownDescription': {
    en: "A price in the hospital's currency (`hospital.currency`): one number `1200` or a range `1100..1500`, without a currency sign or thousands separator. The seed: a PET-CT re-do at a public IMD costs about $1,100–1,500 → `1100..1500`.",
    text: '以医院币种（`hospital.currency`）计的价格：一个数字 `1200` 或范围 `1100..1500`，不带货币符号和千位分隔符。原文：公立医院国际医疗部重做 PET-CT 约 1,100–1,500 美元 → `1100..1500`。',
  },
  'case#/$defs/money/title': { en: 'an amount of money', text: '金额' },
  'case#/$defs/money/anyOf/0/title': { en: 'an amount', text: '金额' },
  'case#/$defs/money/anyOf/1/title': { en: 'an amount or a range', text: '金额或金额范围' },
  'case#/$defs/verdict/description': {
    en: 'A verdict on an outside study: accept, review, supplement or redo (from mildest to most severe).',
    text: '对外院检查的结论：认可、复核、补充或重做（由轻到重）。',
  },
  'case#/$defs/verdict/markdownDescription': {
    en: 'What happens to an outside study, from mildest to most severe: `accept` < `review` < `supplement` < `redo`.',
    text: '外院检查的处理结论，由轻到重：`accept`（认可）< `review`（复核）< `supplement`（补充）< `redo`（重做）。',
  },
  'case#/$defs/verdict/title': { en: 'a verdict', text: '结论' },
  'case#/$defs/verdict/markdownEnumDescriptions/0': { en: '**Accept** — usable as it is.', text: '**认可**——可直接使用。' },
  'case#/$defs/verdict/markdownEnumDescriptions/1': { en: '**Review** — the physician decides; typically usable.', text: '**复核**——由医生决定；通常可用。' },
  'case#/$defs/verdict/markdownEnumDescriptions/2': {
    en: '**Supplement** — keep the study but add what is missing (a sequence, a baseline); often cheaper at home before travel.',
    text: '**补充**——保留该检查，补做缺少的部分（某个序列、一次基线检查）；出发前在原就诊医院补做通常更便宜。',
  },
  'case#/$defs/verdict/markdownEnumDescriptions/3': { en: '**Redo** — must be redone in house.', text: '**重做**——必须在本院重新检查。' },
  'case#/$defs/modality/description': { en: 'An imaging modality: XR, CT, MR, US, PET-CT or PET-MR.', text: '检查方式：XR、CT、MR、US、PET-CT 或 PET-MR。' },
  'case#/$defs/modality/markdownDescription': {
    en: 'The kind of imaging: `XR` X-ray, `CT`, `MR` (MRI), `US` ultrasound, `PET-CT`, `PET-MR`.',
    text: '影像检查的种类：`XR` X 线、`CT`、`MR`（MRI，磁共振）、`US` 超声、`PET-CT`、`PET-MR`。',
  },
  'case#/$defs/modality/title': { en: 'a modality', text: '检查方式' },
  'case#/$defs/modality/markdownEnumDescriptions/0': {
    en: '**X-ray / DR** (radiography). The seed: scan 10–30 minutes, report 1–2 hours, same day.',
    text: '**X 线 / DR**（X 线摄影）。原文：扫描 10–30 分钟，报告 1–2 小时，当天完成。',
  },
  'case#/$defs/modality/markdownEnumDescriptions/1': {
    en: '**CT** (computed tomography). The seed: scan 15–30 minutes, report 1–2 business days.',
    text: '**CT**（计算机断层扫描）。原文：扫描 15–30 分钟，报告 1–2 个工作日。',
  },
  'case#/$defs/modality/markdownEnumDescriptions/2': {
    en: '**MRI** (magnetic resonance). The seed: scan 30–60 minutes, report 1–3 business days.',
    text: '**MRI**（磁共振成像）。原文：扫描 30–60 分钟，报告 1–3 个工作日。',
  },
  'case#/$defs/modality/markdownEnumDescriptions/3': {
    en: '**Ultrasound**. The seed: almost always redone in house; report on the spot.',
    text: '**超声**。原文：几乎总是在本院重做；当场出具报告。',
  },
  'case#/$defs/modality/markdownEnumDescriptions/4': {
    en: '**PET-CT**. The seed: 2–3 hours including tracer preparation, report 2–3 business days; re-do means re-injecting the tracer.',
    text: '**PET-CT**。原文：含示踪剂准备共 2–3 小时，报告 2–3 个工作日；重做意味着重新注射示踪剂。',
  },
  'case#/$defs/modality/markdownEnumDescriptions/5': {
    en: '**PET-MR**. The seed: 2–3 hours, report 3–5 business days.',
    text: '**PET-MR**。原文：2–3 小时，报告 3–5 个工作日。',
  },
  'case#/$defs/sequence/description': {
    en: 'An MR sequence: T1, T2, FLAIR, DWI, ADC, T1-contrast, DCE, cine, LGE, SWI, T2*, MRA or perfusion.',
    text: 'MR 序列：T1、T2、FLAIR、DWI、ADC、T1-contrast、DCE、cine、LGE、SWI、T2*、MRA 或 perfusion。',
  },
  'case#/$defs/sequence/markdownDescription': {
    en: 'An MRI sequence, spelled as in the vocabulary: `T1`, `T2`, `FLAIR`, `DWI`, `ADC`, `T1-contrast`, `DCE`, `cine`, `LGE`, `SWI`, `T2*`, `MRA`, `perfusion`.',
    text: 'MRI 序列，按词表拼写：`T1`、`T2`、`FLAIR`、`DWI`、`ADC`、`T1-contrast`、`DCE`、`cine`、`LGE`、`SWI`、`T2*`、`MRA`、`perfusion`。',
  },
  'case#/$defs/sequence/title': { en: 'an MR sequence', text: 'MR 序列' },
  'case#/$defs/sequence/markdownEnumDescriptions/0': { en: '**T1-weighted** — anatomy.', text: '**T1 加权成像 T1WI**——显示解剖结构。' },
  'case#/$defs/sequence/markdownEnumDescriptions/1': {
    en: '**T2-weighted** — fluid and oedema; needed for brain, prostate and breast MRI in the seed.',
    text: '**T2 加权成像 T2WI**——显示液体和水肿；原文中脑、前列腺和乳腺 MRI 均需要。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/2': {
    en: '**FLAIR** — T2 with fluid suppressed; brain tumour and stroke work-up.',
    text: '**液体衰减反转恢复序列 FLAIR**——抑制液体信号的 T2；用于脑肿瘤和卒中检查。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/3': {
    en: "**Diffusion-weighted imaging**. The seed: without DWI, acute infarction can't be assessed and PI-RADS grading is affected.",
    text: '**弥散加权成像 DWI**。原文：没有 DWI，无法评估急性梗死，PI-RADS 评分也会受影响。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/4': {
    en: '**Apparent diffusion coefficient** map, computed from DWI.',
    text: '**表观弥散系数 ADC** 图，由 DWI 计算得出。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/5': {
    en: '**T1 after contrast** (gadolinium). The seed: brain tumour / stroke needs contrast.',
    text: '**增强后 T1**（钆对比剂）。原文：脑肿瘤/卒中需要增强扫描。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/6': {
    en: '**Dynamic contrast-enhanced** series. The seed: without dynamic contrast, BI-RADS assessment is affected.',
    text: '**动态增强 DCE** 序列。原文：没有动态增强，BI-RADS 评估会受影响。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/7': {
    en: '**Cine** — moving images of the beating heart (cardiac MRI).',
    text: '**电影序列 cine**——心脏跳动的动态图像（心脏 MRI）。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/8': {
    en: "**Late gadolinium enhancement**. The seed: without LGE, myocardial fibrosis can't be assessed.",
    text: '**延迟强化 LGE**。原文：没有 LGE，无法评估心肌纤维化。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/9': {
    en: '**Susceptibility-weighted imaging** — blood products and calcification.',
    text: '**磁敏感加权成像 SWI**——显示出血成分和钙化。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/10': {
    en: '**T2\\*-weighted** (gradient echo) — blood products and calcification.',
    text: '**T2\\* 加权成像**（梯度回波）——显示出血成分和钙化。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/11': {
    en: '**MR angiography** — the vessels (time-of-flight or contrast-enhanced).',
    text: '**磁共振血管成像 MRA**——显示血管（时间飞跃法或对比增强）。',
  },
  'case#/$defs/sequence/markdownEnumDescriptions/12': {
    en: '**Perfusion** (DSC, DCE or ASL) — blood flow in tissue; part of the brain tumour imaging protocol.',
    text: '**灌注成像**（DSC、DCE 或 ASL）——组织的血流；属于脑肿瘤影像检查方案的一部分。',
  },
  'case#/$defs/phase/description': {
    en: 'A contrast phase: non-contrast, arterial (early-arterial, late-arterial), portal-venous, transitional, delayed or hepatobiliary.',
    text: '增强期相：non-contrast（平扫）、arterial（动脉期；early-arterial、late-arterial）、portal-venous（门静脉期）、transitional（移行期）、delayed（延迟期）或 hepatobiliary（肝胆期）。',
  },
  'case#/$defs/phase/markdownDescription': {
    en: 'A phase of a contrast study (CT or MRI): `non-contrast`, `arterial` (or, more precisely, `early-arterial` / `late-arterial`), `portal-venous`, `transitional`, `delayed`, `hepatobiliary`. The seed: liver cancer needs arterial, portal venous and delayed phases.',
    text: '增强检查（CT 或 MRI）的期相：`non-contrast`、`arterial`（或更精确的 `early-arterial` / `late-arterial`）、`portal-venous`、`transitional`、`delayed`、`hepatobiliary`。原文：肝癌需要动脉期、门静脉期和延迟期。',
  },
  'case#/$defs/phase/title': { en: 'a contrast phase', text: '增强期相' },
  'case#/$defs/phase/markdownEnumDescriptions/0': { en: '**Non-contrast** (plain) series before injection.', text: '注射前的**平扫**序列。' },
  'case#/$defs/phase/markdownEnumDescriptions/1': {
    en: '**Arterial** phase, shortly after injection, without saying early or late. Meets a requirement for `arterial`; for `late-arterial` it is unknown (the physician checks the timing).',
    text: '**动脉期**，注射后不久，未注明早期或晚期。满足 `arterial` 的要求；对 `late-arterial` 的要求则为未知（由医生核对时相）。',
  },
  'case#/$defs/phase/markdownEnumDescriptions/2': {
    en: '**Early arterial** phase: arteries enhanced, portal vein not yet. Counts as `arterial`; does not meet a `late-arterial` requirement.',
    text: '**动脉早期**：动脉已强化，门静脉尚未强化。计为 `arterial`；不满足 `late-arterial` 的要求。',
  },
  'case#/$defs/phase/markdownEnumDescriptions/3': {
    en: "**Late arterial** phase: hepatic artery fully and portal vein partly enhanced — LI-RADS' preferred arterial phase. Counts as `arterial`.",
    text: '**动脉晚期**：肝动脉完全强化、门静脉部分强化——LI-RADS 推荐的动脉期。计为 `arterial`。',
  },
  'case#/$defs/phase/markdownEnumDescriptions/4': { en: '**Portal venous** phase.', text: '**门静脉期**。' },
  'case#/$defs/phase/markdownEnumDescriptions/5': {
    en: '**Transitional** phase (hepatobiliary agents such as gadoxetate, about 2–5 minutes).',
    text: '**移行期**（使用钆塞酸二钠等肝胆特异性对比剂，约 2–5 分钟）。',
  },
  'case#/$defs/phase/markdownEnumDescriptions/6': {
    en: "**Delayed** phase. The seed: without multi-phase contrast, liver cancer can't be accurately diagnosed.",
    text: '**延迟期**。原文：没有多期增强，肝癌无法准确诊断。',
  },
  'case#/$defs/phase/markdownEnumDescriptions/7': {
    en: '**Hepatobiliary** phase (gadoxetate, about 20 minutes): liver cells take up the agent.',
    text: '**肝胆期**（钆塞酸二钠，约 20 分钟）：肝细胞摄取对比剂。',
  },
  'case#/$defs/format/description': {
    en: 'The form in which a study is delivered: dicom, report-only or video.',
    text: '检查的提供形式：dicom、report-only（仅有报告）或 video（视频）。',
  },
  'case#/$defs/format/markdownDescription': {
    en: 'How the outside study arrives: `dicom` (the images themselves), `report-only` (a written report or PDF without images), `video` (a recording, e.g. of an ultrasound).',
    text: '外院检查以何种形式送达：`dicom`（影像本身）、`report-only`（书面报告或 PDF，没有影像）、`video`（录像，例如超声录像）。',
  },
  'case#/$defs/format/title': { en: 'a format', text: '提供形式' },
  'case#/$defs/format/markdownEnumDescriptions/0': {
    en: '**DICOM** images — the radiologist can re-read them.',
    text: '**DICOM** 影像——放射科医生可以重新阅片。',
  },
  'case#/$defs/format/markdownEnumDescriptions/1': {
    en: '**Report only** (text or PDF, no images). The seed: static foreign ultrasound reports are essentially unusable.',
    text: '**仅有报告**（文字或 PDF，没有影像）。原文：外院的静态超声报告基本无法使用。',
  },
  'case#/$defs/format/markdownEnumDescriptions/2': {
    en: '**Video** recording. The seed: video ultrasound with full measurements may serve as reference only.',
    text: '**视频**录像。原文：带完整测量的超声视频只能作为参考。',
  },
  'case#/$defs/purpose/description': {
    en: 'Why the patient is being imaged: oncology, neurology, cardiac, orthopedic, screening, infection or general.',
    text: '患者检查的目的：oncology（肿瘤）、neurology（神经）、cardiac（心脏）、orthopedic（骨科）、screening（筛查）、infection（感染）或 general（一般）。',
  },
  'case#/$defs/purpose/markdownDescription': {
    en: 'The clinical purpose of the work-up: `oncology`, `neurology`, `cardiac`, `orthopedic`, `screening`, `infection`, `general`.',
    text: '检查评估的临床目的：`oncology`、`neurology`、`cardiac`、`orthopedic`、`screening`、`infection`、`general`。',
  },
  'case#/$defs/purpose/title': { en: 'a purpose', text: '检查目的' },
  'case#/$defs/purpose/markdownEnumDescriptions/0': {
    en: '**Oncology** — tumour staging, treatment planning or follow-up. The seed: CT needs ≤ 2.5mm slices.',
    text: '**肿瘤**——肿瘤分期、治疗计划或随访。原文：CT 需要 ≤ 2.5mm 层厚。',
  },
  'case#/$defs/purpose/markdownEnumDescriptions/1': {
    en: '**Neurology** / neurosurgery. The seed: MRI needs ≥ 1.5T.',
    text: '**神经内科** / 神经外科。原文：MRI 需要 ≥ 1.5T。',
  },
  'case#/$defs/purpose/markdownEnumDescriptions/2': {
    en: '**Cardiac** — e.g. pre-cardiac-surgery work-up or cardiac MRI.',
    text: '**心脏**——例如心脏手术前评估或心脏 MRI。',
  },
  'case#/$defs/purpose/markdownEnumDescriptions/3': { en: '**Orthopedic** — bones and joints.', text: '**骨科**——骨与关节。' },
  'case#/$defs/purpose/markdownEnumDescriptions/4': {
    en: '**Screening** — routine screening without a known disease.',
    text: '**筛查**——无已知疾病的常规筛查。',
  },
  'case#/$defs/purpose/markdownEnumDescriptions/5': {
    en: '**Infection** work-up. The seed: infection-relevant imaging must be done in house.',
    text: '**感染**评估。原文：与感染相关的影像必须在本院完成。',
  },
  'case#/$defs/purpose/markdownEnumDescriptions/6': { en: '**General** — none of the above.', text: '**一般**——不属于以上任何一类。' },
  'case#/$defs/context/description': {
    en: "A clinical context (a key of the protocol's validity): kebab-case; the shipped vocabulary is listed in examples.",
    text: '临床情境（规范 validity 中的一个键）：短横线小写（kebab-case）；随附的词表列在示例中。',
  },
  'case#/$defs/context/markdownDescription': {
    en: "The patient's **clinical situation**, which decides how old a study may be. Shipped words (the seed's validity table): `active-oncology`, `pre-cardiac-surgery`, `pre-neurosurgery`, `stable-oncology-surveillance`, `stable-orthopedic`, `chronic-disease`. A profile may add its own kebab-case words.",
    text: '患者的**临床情境**，决定检查的有效期。随附的词（原文的有效期表）：`active-oncology`、`pre-cardiac-surgery`、`pre-neurosurgery`、`stable-oncology-surveillance`、`stable-orthopedic`、`chronic-disease`。规范可以增加自己的短横线小写词。',
  },
  'case#/$defs/context/title': { en: 'a clinical context', text: '临床情境' },
  'case#/$defs/region/description': {
    en: 'A body region, kebab-case; an open list whose known words are given in examples.',
    text: '身体部位，短横线小写（kebab-case）；开放词表，已知的词列在示例中。',
  },
  'case#/$defs/region/markdownDescription': {
    en: 'The body region imaged or to be imaged, in kebab-case: `head`, `brain`, `neck`, `chest`, `abdomen`, `liver`, `pelvis`, `prostate`, `breast`, `heart`, `spine`, `knee`, `whole-body`. A profile may use other words.',
    text: '已检查或待检查的身体部位，短横线小写：`head`、`brain`、`neck`、`chest`、`abdomen`、`liver`、`pelvis`、`prostate`、`breast`、`heart`、`spine`、`knee`、`whole-body`。规范可以使用其他词。',
  },
  'case#/$defs/region/title': { en: 'a body region', text: '身体部位' },
  'case#/$defs/indication/description': {
    en: 'A diagnosis or indication, kebab-case; an open list whose known words are given in examples.',
    text: '诊断（适应证），短横线小写（kebab-case）；开放词表，已知的词列在示例中。',
  },
  'case#/$defs/indication/markdownDescription': {
    en: 'A diagnosis the patient is treated for, in kebab-case: `lung-cancer`, `lung-nodule`, `brain-tumor`, `stroke`, `liver-cancer`, `prostate-cancer`, `breast-cancer`, `cardiomyopathy`, `fracture`, `infection`. A profile may add its own words.',
    text: '患者正在治疗的诊断，短横线小写：`lung-cancer`、`lung-nodule`、`brain-tumor`、`stroke`、`liver-cancer`、`prostate-cancer`、`breast-cancer`、`cardiomyopathy`、`fracture`、`infection`。规范可以增加自己的词。',
  },
  'case#/$defs/indication/title': { en: 'an indication', text: '诊断（适应证）' },
  'case#/$defs/symptom/description': {
    en: 'A symptom, kebab-case; an open list whose known words are given in examples.',
    text: '症状，短横线小写（kebab-case）；开放词表，已知的词列在示例中。',
  },
  'case#/$defs/symptom/markdownDescription': {
    en: 'A new or changed symptom, in kebab-case, e.g. `new-headache`. The seed: a lung-cancer patient with new headaches needs a head MRI to screen for brain metastases.',
    text: '新出现或有变化的症状，短横线小写，例如 `new-headache`。原文：出现新发头痛的肺癌患者需要做头颅 MRI，以筛查脑转移。',
  },
  'case#/$defs/symptom/title': { en: 'a symptom', text: '症状' },
  'case#/$defs/patient/description': {
    en: 'The patient: clinical context, indications, purpose, changes, symptoms, urgency.',
    text: '患者：临床情境、诊断、检查目的、病情变化、症状、是否紧急。',
  },
  'case#/$defs/patient/markdownDescription': {
    en: "The patient's situation, which decides which rules apply: `{ context: active-oncology, indications: [lung-cancer], purpose: oncology }`.",
    text: '患者的情况，决定哪些规则适用：`{ context: active-oncology, indications: [lung-cancer], purpose: oncology }`。',
  },
  'case#/$defs/patient/title': { en: 'a patient', text: '患者' },
  'case#/$defs/patient/properties/context/description': {
    en: "The patient's clinical context; must be a key of the protocol's validity.",
    text: '患者的临床情境；必须是规范 validity 中的一个键。',
  },
  'case#/$defs/patient/properties/context/markdownDescription': {
    en: "The patient's clinical situation, one of the profile's `validity` keys: `active-oncology`. It decides how old a study may be (the seed: active oncology 4–6 weeks).",
    text: '患者的临床情境，为规范 `validity` 的键之一：`active-oncology`。它决定检查的有效期（原文：肿瘤活动期 4–6 周）。',
  },
  'case#/$defs/patient/properties/indications/description': { en: "The patient's diagnoses.", text: '患者的诊断。' },
  'case#/$defs/patient/properties/indications/markdownDescription': {
    en: 'The diagnoses the patient is treated for: `[lung-cancer]`.',
    text: '患者正在治疗的诊断：`[lung-cancer]`。',
  },
  'case#/$defs/patient/properties/purpose/description': { en: 'The purpose of the work-up, or a list of them.', text: '检查评估的目的，或其列表。' },
  'case#/$defs/patient/properties/purpose/markdownDescription': {
    en: 'The purpose of the work-up: `oncology`, or several: `[oncology, neurology]` (a brain tumour is both; the rules of each apply).',
    text: '检查评估的目的：`oncology`，或多个：`[oncology, neurology]`（脑肿瘤两者都是；各自的规则都适用）。',
  },
  'case#/$defs/patient/properties/condition_changed/description': {
    en: 'Whether the condition has changed since the studies were done.',
    text: '自做检查以来病情是否有变化。',
  },
  'case#/$defs/patient/properties/condition_changed/markdownDescription': {
    en: '`true` when the condition has changed since the studies (sudden worsening, new symptoms, new pain location). The seed: the physician will almost always require current imaging.',
    text: '自做检查以来病情有变化时写 `true`（突然加重、出现新症状、疼痛部位改变）。原文：医生几乎总会要求反映当前状况的影像。',
  },
  'case#/$defs/patient/properties/symptoms/description': { en: 'New or changed symptoms.', text: '新出现或有变化的症状。' },
  'case#/$defs/patient/properties/symptoms/markdownDescription': {
    en: 'New or changed symptoms: `[new-headache]`. The seed: headaches in a lung-cancer patient → head MRI for brain metastases.',
    text: '新出现或有变化的症状：`[new-headache]`。原文：肺癌患者出现头痛 → 做头颅 MRI 以排查脑转移。',
  },
  'case#/$defs/patient/properties/urgent/description': { en: 'true: every redo is expedited.', text: 'true：所有重做均加急。' },
  'case#/$defs/patient/properties/urgent/markdownDescription': {
    en: "`true`: every redo for this patient is expedited (uses the modality's `expedited` report time).",
    text: '`true`：此患者的所有重做均加急（使用该检查方式的 `expedited` 报告时间）。',
  },
  'case#/$defs/study/description': { en: 'An outside study: what it is, when it was done and how.', text: '一项外院检查：是什么检查、何时做的、如何做的。' },
  'case#/$defs/study/markdownDescription': {
    en: 'One outside study the patient brings: `{ id: chest-ct, modality: CT, region: chest, date: 2026-02-12, slice_thickness: 5mm }`.',
    text: '患者带来的一项外院检查：`{ id: chest-ct, modality: CT, region: chest, date: 2026-02-12, slice_thickness: 5mm }`。',
  },
  'case#/$defs/study/title': { en: 'a study', text: '检查' },
  'case#/$defs/study/properties/id/description': { en: 'Kebab-case id of the study, unique in the case.', text: '检查的标识，短横线小写，在病例内唯一。' },
  'case#/$defs/study/properties/id/markdownDescription': {
    en: 'A short name for the study, unique in the case: `chest-ct`. `expect` refers to it.',
    text: '检查的简短名称，在病例内唯一：`chest-ct`。`expect` 通过它引用该检查。',
  },
  'case#/$defs/study/properties/modality/description': { en: "The study's modality.", text: '检查所用的检查方式（CT、MR 等）。' },
  'case#/$defs/study/properties/modality/markdownDescription': { en: 'The kind of imaging: `CT`.', text: '影像的种类：`CT`。' },
  'case#/$defs/study/properties/region/description': { en: 'The body region imaged, or a list of them.', text: '检查的身体部位，或其列表。' },
  'case#/$defs/study/properties/region/markdownDescription': {
    en: "The body region imaged: `chest`, or several for one study: `[chest, abdomen]`. Regions form a hierarchy: a rule about the liver applies to an `abdomen` study when the patient's indications concern the liver.",
    text: '检查的身体部位：`chest`，一次检查也可写多个：`[chest, abdomen]`。部位有层级：当患者的诊断涉及肝脏时，关于肝脏的规则适用于 `abdomen` 检查。',
  },
  'case#/$defs/study/properties/date/description': { en: 'The day the study was done.', text: '做检查的日期。' },
  'case#/$defs/study/properties/date/markdownDescription': {
    en: "The day the study was done: `2026-02-12`. Its age on the case's `on` date is compared with the validity window.",
    text: '做检查的日期：`2026-02-12`。它在病例 `on` 日期时的时长与有效期比较。',
  },
  'case#/$defs/study/properties/slice_thickness/description': {
    en: 'Slice thickness of a CT (or MR) study, in mm.',
    text: 'CT（或 MR）检查的层厚，以 mm 计。',
  },
  'case#/$defs/study/properties/slice_thickness/markdownDescription': {
    en: 'The slice thickness as stated on the study: `5mm`. The seed: 1mm vs 5mm has major implications for detecting small nodules.',
    text: '检查上注明的层厚：`5mm`。原文：1mm 与 5mm 对发现小结节影响很大。',
  },
  'case#/$defs/study/properties/field_strength/description': { en: 'Field strength of the MR scanner, in tesla.', text: 'MR 扫描仪的场强，以特斯拉计。' },
  'case#/$defs/study/properties/field_strength/markdownDescription': {
    en: "The MRI scanner's field strength: `1.5T`. The seed: 0.5T or open low-field MRI typically requires a re-do.",
    text: 'MRI 扫描仪的场强：`1.5T`。原文：0.5T 或开放式低场 MRI 通常需要重做。',
  },
  'case#/$defs/study/properties/sequences/description': { en: 'MR sequences present in the study.', text: '检查中具备的 MR 序列。' },
  'case#/$defs/study/properties/sequences/markdownDescription': {
    en: 'The MRI sequences the study contains: `[T1, T2]`.',
    text: '检查所包含的 MRI 序列：`[T1, T2]`。',
  },
  'case#/$defs/study/properties/phases/description': { en: 'Contrast phases present in the study.', text: '检查中具备的增强期相。' },
  'case#/$defs/study/properties/phases/markdownDescription': {
    en: 'The contrast phases the study contains: `[portal-venous]`. The seed: single-phase contrast is typically insufficient for liver cancer.',
    text: '检查所包含的增强期相：`[portal-venous]`。原文：对肝癌而言，单期增强通常不够。',
  },
  'case#/$defs/study/properties/infection_relevant/description': {
    en: 'Whether the study is relevant to infection assessment.',
    text: '检查是否与感染评估相关。',
  },
  'case#/$defs/study/properties/infection_relevant/markdownDescription': {
    en: '`true` when the study is relevant to infection assessment (e.g. a chest X-ray before admission). The seed: such imaging must be done in house.',
    text: '检查与感染评估相关时写 `true`（例如入院前的胸部 X 线）。原文：此类影像必须在本院完成。',
  },
  'case#/$defs/study/properties/format/description': { en: 'How the study is delivered.', text: '检查的提供形式。' },
  'case#/$defs/study/properties/format/markdownDescription': {
    en: 'How the study arrives: `dicom`, `report-only` or `video`.',
    text: '检查以何种形式送达：`dicom`、`report-only` 或 `video`。',
  },
  'case#/$defs/study/properties/facility/description': { en: 'Where the study was done (free text).', text: '做检查的机构（自由文本）。' },
  'case#/$defs/study/properties/facility/markdownDescription': {
    en: 'Where the study was done: `Klinikum Nord`. The seed: studies from several facilities mean several quality standards.',
    text: '做检查的机构：`Klinikum Nord`。原文：来自多家机构的检查意味着多种质量标准。',
  },
  'case#/$defs/study/properties/series/description': { en: "The study's image series, each with its technique.", text: '检查的图像序列，各附其技术参数。' },
  'case#/$defs/study/properties/series/markdownDescription': {
    en: "The study's **series**, one entry each: `- { sequence: DWI, plane: axial, slice_thickness: 3mm, b_values: [50, 800, 1400] }`. With series, the study's `sequences` and `phases` also count every series' sequence and phase.",
    text: '检查的**序列**，每项一条：`- { sequence: DWI, plane: axial, slice_thickness: 3mm, b_values: [50, 800, 1400] }`。写了序列时，检查的 `sequences` 和 `phases` 也计入每个序列的序列类型和期相。',
  },
  'case#/$defs/study/defaultSnippets/0/description': { en: 'an outside study the patient brings', text: '患者带来的一项外院检查' },
  'case#/$defs/expect/description': {
    en: 'Expected verdict per study id, and optionally the orders, the date every redo is ready and the budget.',
    text: '按检查标识列出的预期结论，以及可选的新增检查、所有重做完成的日期和预算。',
  },
  'case#/$defs/expect/markdownDescription': {
    en: 'The results a reviewer expects, which make the case a test: `{ chest-ct: redo }`, one study id each; `orders` lists the new imaging the case must order, `ready_by` the date all redo reports are ready, `budget` the priced part of the redo budget.',
    text: '审核者预期的结果，使病例成为一项测试：`{ chest-ct: redo }`，每个检查标识一条；`orders` 列出病例必须新增的检查，`ready_by` 为所有重做报告出具的日期，`budget` 为重做预算中有价格的部分。',
  },
  'case#/$defs/expect/title': { en: 'expectations', text: '预期结果' },
  'case#/$defs/expect/propertyNames/anyOf/1/markdownEnumDescriptions/0': { en: 'The date every redo report is ready.', text: '所有重做报告出具的日期。' },
  'case#/$defs/expect/properties/orders/description': { en: 'The new imaging the case must order.', text: '病例必须新增的检查。' },
  'case#/$defs/expect/properties/orders/markdownDescription': {
    en: 'The new imaging the case must order: `[{ modality: MR, region: brain }]`.',
    text: '病例必须新增的检查：`[{ modality: MR, region: brain }]`。',
  },
  'case#/$defs/expect/properties/ready_by/description': {
    en: 'Expected date by which every in-house redo, supplement and order has its report (counted in business days from on).',
    text: '预期日期：本院所有重做、补充和新增检查在此日期前出具报告（从 on 起按工作日计）。',
  },
  'case#/$defs/expect/properties/ready_by/markdownDescription': {
    en: "The date by which every redo, supplement and ordered study done in house has its report, counted in business days from `on` (weekends and the profile's holidays skipped): `ready_by: 2026-04-14`. Write `none` when nothing is planned in house.",
    text: '本院所做的所有重做、补充和新增检查出具报告的日期，从 `on` 起按工作日计（跳过周末和规范的节假日）：`ready_by: 2026-04-14`。本院没有安排任何检查时写 `none`。',
  },
  'case#/$defs/expect/properties/budget/description': {
    en: 'Expected sum of the priced plans (redos, supplements, orders), or unknown when nothing planned has a price.',
    text: '预期的有价格计划（重做、补充、新增检查）之和；所安排的项目均无价格时为 unknown。',
  },
  'case#/$defs/expect/properties/budget/markdownDescription': {
    en: 'The sum of the plan prices the profile gives (redos, supplements, orders), in its currency: `budget: 1100..1500`. Prices the profile does not give are not part of it (the run lists them as unknown); `budget: unknown` when something is planned and nothing has a price.',
    text: '规范给出的各项计划价格之和（重做、补充、新增检查），以规范的币种计：`budget: 1100..1500`。规范未给出的价格不计入（运行结果将其列为未知）；有安排但均无价格时写 `budget: unknown`。',
  },
  'case#/$defs/expect/properties/budget/anyOf/1/description': {
    en: 'Something is planned and nothing planned has a price.',
    text: '有安排，但所安排的项目均无价格。',
  },
  'case#/$defs/expect/properties/budget/anyOf/1/markdownDescription': {
    en: 'Something is planned and **nothing** planned has a price: the budget is unknown, not 0.',
    text: '有安排，但所安排的项目**均无**价格：预算为未知，而不是 0。',
  },
  'case#/$defs/expect/additionalProperties/description': {
    en: 'Expected verdict for the study with this id, or superseded.',
    text: '此标识的检查的预期结论，或 superseded（已被取代）。',
  },
  'case#/$defs/expect/additionalProperties/markdownDescription': {
    en: 'The verdict expected for the study with this id: `chest-ct: redo`; or `superseded` when a newer study of the same modality and region makes it unnecessary (nothing is planned for it).',
    text: '此标识的检查的预期结论：`chest-ct: redo`；或 `superseded`，即同一检查方式、同一部位的较新检查使它不再需要（不为它安排任何检查）。',
  },
  'case#/$defs/expect/additionalProperties/anyOf/1/description': {
    en: 'A newer study of the same modality and region makes this one unnecessary.',
    text: '同一检查方式、同一部位的较新检查使这一项不再需要。',
  },
  'case#/$defs/expect/additionalProperties/anyOf/1/markdownDescription': {
    en: '**Superseded** — a newer study of the same modality covering its regions makes it unnecessary; nothing is planned for it (the seed, Strategy 3: bring only the most recent imaging).',
    text: '**已被取代**——同一检查方式、覆盖其部位的较新检查使它不再需要；不为它安排任何检查（原文策略 3：只带最近的影像）。',
  },
  'case#/$defs/expectedOrder/description': { en: 'An order the case is expected to produce.', text: '病例预期产生的一项新增检查。' },
  'case#/$defs/expectedOrder/markdownDescription': {
    en: 'New imaging the case should order: `{ modality: MR, region: brain }`.',
    text: '病例应新增的检查：`{ modality: MR, region: brain }`。',
  },
  'case#/$defs/expectedOrder/title': { en: 'an expected order', text: '预期新增检查' },
  'case#/$defs/expectedOrder/properties/modality/description': { en: 'Modality of the expected order.', text: '预期新增检查的检查方式。' },
  'case#/$defs/expectedOrder/properties/modality/markdownDescription': {
    en: 'The kind of imaging expected to be ordered: `MR`.',
    text: '预期新增检查的影像种类：`MR`。',
  },
  'case#/$defs/expectedOrder/properties/region/description': { en: 'Body region of the expected order.', text: '预期新增检查的身体部位。' },
  'case#/$defs/expectedOrder/properties/region/markdownDescription': {
    en: 'The body region expected to be imaged: `brain`.',
    text: '预期要检查的身体部位：`brain`。',
  },
  'case#/$defs/plane/description': {
    en: 'The plane a series is acquired or reconstructed in: axial, coronal, sagittal or oblique.',
    text: '序列采集或重建所在的平面：axial（轴位）、coronal（冠状位）、sagittal（矢状位）或 oblique（斜位）。',
  },
  'case#/$defs/plane/markdownDescription': {
    en: "The plane of the series' images: `axial`, `coronal`, `sagittal` or `oblique`.",
    text: '序列图像的平面：`axial`、`coronal`、`sagittal` 或 `oblique`。',
  },
  'case#/$defs/plane/title': { en: 'a plane', text: '平面' },
  'case#/$defs/plane/markdownEnumDescriptions/0': { en: '**Axial** (transverse) sections.', text: '**轴位**（横断面）。' },
  'case#/$defs/plane/markdownEnumDescriptions/1': { en: '**Coronal** sections.', text: '**冠状位**。' },
  'case#/$defs/plane/markdownEnumDescriptions/2': { en: '**Sagittal** sections.', text: '**矢状位**。' },
  'case#/$defs/plane/markdownEnumDescriptions/3': {
    en: '**Oblique** sections, at an angle to the three main planes.',
    text: '**斜位**，与三个主平面成一定角度。',
  },
  'case#/$defs/acquisition/description': {
    en: 'Whether the series is acquired as 2D slices or as a 3D volume.',
    text: '序列是按 2D 逐层采集还是按 3D 容积采集。',
  },
  'case#/$defs/acquisition/markdownDescription': {
    en: 'How the series is acquired: `2D` (slice by slice) or `3D` (a volume, reformattable thin in any plane).',
    text: '序列的采集方式：`2D`（逐层）或 `3D`（容积，可在任意平面重建薄层）。',
  },
  'case#/$defs/acquisition/title': { en: 'an acquisition', text: '采集方式' },
  'case#/$defs/acquisition/markdownEnumDescriptions/0': {
    en: '**2D** — slice by slice; thin only in the plane it was acquired in.',
    text: '**2D**——逐层采集；只在采集平面上是薄层。',
  },
  'case#/$defs/acquisition/markdownEnumDescriptions/1': {
    en: '**3D** — a volume; can be reformatted in any plane.',
    text: '**3D**——容积采集；可在任意平面重建。',
  },
  'case#/$defs/time/description': { en: 'A time in seconds or minutes, e.g. 7s or 4min.', text: '以秒或分钟计的时间，如 7s 或 4min。' },
  'case#/$defs/time/markdownDescription': {
    en: 'A time written without a space between number and unit: seconds `7s`, `90s` or minutes `4min`.',
    text: '数字与单位之间不留空格的时间：秒 `7s`、`90s` 或分钟 `4min`。',
  },
  'case#/$defs/time/title': { en: 'a time', text: '时间' },
  'case#/$defs/bValue/description': { en: 'A diffusion b-value in s/mm², a plain number such as 1400.', text: '弥散 b 值，单位 s/mm²，一个数字，如 1400。' },
  'case#/$defs/bValue/markdownDescription': {
    en: 'A diffusion **b-value** in s/mm²: a plain number `1400` (the unit may be written: `1400s/mm2`).',
    text: '弥散 **b 值**，单位 s/mm²：一个数字 `1400`（可以写出单位：`1400s/mm2`）。',
  },
  'case#/$defs/bValue/title': { en: 'a b-value', text: 'b 值' },
  'case#/$defs/bValue/anyOf/0/title': { en: 'a b-value', text: 'b 值' },
  'case#/$defs/bValue/anyOf/1/title': { en: 'a b-value with its unit', text: '带单位的 b 值' },
  'case#/$defs/series/description': {
    en: 'One image series of the study: its sequence or phase and its technique.',
    text: '检查的一个图像序列：其序列类型或期相，以及技术参数。',
  },
  'case#/$defs/series/markdownDescription': {
    en: 'One **series** of the study, as the scanner wrote it: `{ sequence: T2, plane: axial, slice_thickness: 3mm }`. A requirement aimed at a sequence or phase is met only by one series that meets all its constraints at once; a study-level requirement is met when some series meets it. A value not written is unknown, never guessed.',
    text: '检查的一个**序列**，按扫描仪所写：`{ sequence: T2, plane: axial, slice_thickness: 3mm }`。针对某序列类型或期相的要求，只有同一个序列同时满足全部限值才算满足；检查层面的要求，只要某个序列满足即可。未写的数值为未知，绝不猜测。',
  },
  'case#/$defs/series/title': { en: 'a series', text: '序列' },
  'case#/$defs/series/properties/description/description': {
    en: 'The series description as the scanner wrote it (free text).',
    text: '扫描仪所写的序列描述（自由文本）。',
  },
  'case#/$defs/series/properties/description/markdownDescription': {
    en: 'The series description as written on the images: `t2_tse_tra`, `Ax T2 FSE`. Shown in reasons and reports.',
    text: '图像上所写的序列描述：`t2_tse_tra`、`Ax T2 FSE`。显示在结论理由和报告中。',
  },
  'case#/$defs/series/properties/sequence/description': { en: 'The MR sequence of this series.', text: '此序列的 MR 序列类型。' },
  'case#/$defs/series/properties/sequence/markdownDescription': {
    en: 'The MRI sequence of this series: `T2`, `DWI`, `ADC`, `DCE`, … A series without `sequence` or `phase` still counts for study-level requirements.',
    text: '此序列的 MRI 序列类型：`T2`、`DWI`、`ADC`、`DCE` 等。没有 `sequence` 或 `phase` 的序列仍计入检查层面的要求。',
  },
  'case#/$defs/series/properties/phase/description': { en: 'The contrast phase of this series.', text: '此序列的增强期相。' },
  'case#/$defs/series/properties/phase/markdownDescription': {
    en: 'The contrast phase of this series: `late-arterial`, `portal-venous`, `delayed`, …',
    text: '此序列的增强期相：`late-arterial`、`portal-venous`、`delayed` 等。',
  },
  'case#/$defs/series/properties/plane/description': { en: 'The plane of this series.', text: '此序列的平面。' },
  'case#/$defs/series/properties/plane/markdownDescription': {
    en: "The plane of this series' images: `axial`, `coronal`, `sagittal`, `oblique`.",
    text: '此序列图像的平面：`axial`、`coronal`、`sagittal`、`oblique`。',
  },
  'case#/$defs/series/properties/acquisition/description': { en: '2D or 3D acquisition.', text: '2D 或 3D 采集。' },
  'case#/$defs/series/properties/acquisition/markdownDescription': {
    en: '`2D` or `3D`: a 3D volume can be reformatted thin in any plane.',
    text: '`2D` 或 `3D`：3D 容积可在任意平面重建薄层。',
  },
  'case#/$defs/series/properties/slice_thickness/description': { en: 'Slice thickness of this series, in mm.', text: '此序列的层厚，以 mm 计。' },
  'case#/$defs/series/properties/slice_thickness/markdownDescription': {
    en: "The slice (section) thickness of this series: `3mm`. Without it, the study's own `slice_thickness` applies.",
    text: '此序列的层厚：`3mm`。没有此项时，使用检查本身的 `slice_thickness`。',
  },
  'case#/$defs/series/properties/spacing/description': { en: 'Distance from one slice centre to the next, in mm.', text: '相邻两层中心之间的距离，以 mm 计。' },
  'case#/$defs/series/properties/spacing/markdownDescription': {
    en: 'Centre-to-centre distance between slices: `3mm`. Sections are contiguous when `spacing` is at most `slice_thickness` (1mm sections every 10mm are not).',
    text: '层中心之间的距离：`3mm`。`spacing` 不大于 `slice_thickness` 时各层连续（每隔 10mm 一层 1mm 的层不连续）。',
  },
  'case#/$defs/series/properties/pixel_spacing/description': { en: 'In-plane pixel size, in mm.', text: '层内像素大小，以 mm 计。' },
  'case#/$defs/series/properties/pixel_spacing/markdownDescription': {
    en: 'The in-plane resolution (pixel size): `0.6mm`.',
    text: '层内分辨率（像素大小）：`0.6mm`。',
  },
  'case#/$defs/series/properties/b_values/description': { en: 'Diffusion b-values of this series, in s/mm².', text: '此序列的弥散 b 值，单位 s/mm²。' },
  'case#/$defs/series/properties/b_values/markdownDescription': {
    en: 'The diffusion **b-values** of a DWI series, in s/mm², plain numbers: `[50, 800, 1400]`.',
    text: 'DWI 序列的弥散 **b 值**，单位 s/mm²，写数字：`[50, 800, 1400]`。',
  },
  'case#/$defs/series/properties/temporal_resolution/description': { en: 'Time per dynamic phase of a DCE series.', text: 'DCE 序列每个动态期相所用的时间。' },
  'case#/$defs/series/properties/temporal_resolution/markdownDescription': {
    en: 'How often a dynamic (DCE) series images the same slice: `7s`. PI-RADS v2.1 asks for 15 s or less.',
    text: '动态增强（DCE）序列对同一层面成像的间隔：`7s`。PI-RADS v2.1 要求 15 秒或更短。',
  },
  'case#/$defs/series/properties/contrast/description': {
    en: 'Whether the series is acquired after contrast injection.',
    text: '此序列是否在注射对比剂后采集。',
  },
  'case#/$defs/series/properties/contrast/markdownDescription': {
    en: '`true` for a series acquired after contrast injection, `false` for one before.',
    text: '注射对比剂后采集的序列写 `true`，注射前的写 `false`。',
  },
  'case#/$defs/series/properties/contrast_delay/description': { en: 'Time from contrast injection to this series.', text: '从注射对比剂到此序列的时间。' },
  'case#/$defs/series/properties/contrast_delay/markdownDescription': {
    en: 'Time from the contrast injection to the start of this series: `90s`, `4min`.',
    text: '从注射对比剂到此序列开始的时间：`90s`、`4min`。',
  },
  'case#/$defs/series/defaultSnippets/0/description': { en: 'one image series with its technique', text: '带技术参数的一个图像序列' },
};
