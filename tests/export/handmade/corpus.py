"""Hand-made workbooks of the kinds people keep their journey maps in, made with openpyxl: student
and consultant maps with sentence-long labels, merged titles naming a persona, maps in Russian,
German, Chinese, Spanish, Polish and Turkish, feelings as words, emoji, scores and score tables,
channel rows, transposed maps with persona details beside them, persona sheets, touchpoint tables,
service blueprints, and sheets that are no map at all (a budget, a contact list)."""

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

Rows = list[list[object]]


def sheet_of(workbook: Workbook, title: str, rows: Rows, merges: list[str] = (), first: bool = False) -> Worksheet:
    """A sheet styled as people style them: a bold, large first row, filled label cells, wrapped text."""
    sheet = workbook.active if first else workbook.create_sheet(title)
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for area in merges:
        sheet.merge_cells(area)
    for line in sheet.iter_rows():
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(size=16, bold=True)
    for cell in sheet["A"][2:]:
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    sheet.column_dimensions["A"].width = 34
    return sheet


def workbook_with(path: Path, *sheets: tuple[str, Rows, list[str]]) -> Path:
    workbook = Workbook()
    for number, (title, rows, merges) in enumerate(sheets):
        sheet_of(workbook, title, rows, merges, first=number == 0)
    workbook.save(path)
    return path


# 1. A student's map: a merged title naming the persona, lane labels that are whole sentences.
POSTGRAD_STAGES = ["Researching courses", "Applying", "Accepting the offer", "Enrolling", "Arriving", "First weeks"]
POSTGRAD_PAINS = [
    "Course pages do not say the fees",
    "Had to hand in the application in person (high)",
    "Offer letter came by post only",
    "!!! Enrolment portal crashed twice",
    "No one to ask about housing",
    "Timetable changed without notice",
]
POSTGRAD_IDEAS = [
    "One page per course with all fees",
    "Online application with upload",
    "Offer by e-mail and in the portal",
    "Load-test the portal before term",
    "Housing chat with current students",
    "Push notifications for changes",
]


def postgrad(folder: Path) -> Path:
    rows: Rows = [
        ["Customer Journey Map – Post Graduate Student (persona)"],
        [],
        ["Stages", *POSTGRAD_STAGES],
        [
            "Doing: what is the student doing in this step?",
            "Compares universities online",
            "Fills in the application form",
            "Signs and returns the offer",
            "Registers for modules",
            "Moves into the city",
            "Attends the first lectures",
        ],
        [
            "Thinking: which questions or thoughts come up in this step?",
            "“Which course fits me?”",
            "“Did I upload everything?”",
            "“Is this the right choice?”",
            "“Where do I sign up?”",
            "“Where do I live?”",
            "“I can do this”",
        ],
        [
            "Feeling (emoji/graphic representation of the feeling + short description)",
            "😀 Excited about the options",
            "😟 Anxious about the deadline",
            "😊 Relieved",
            "😐 Neutral, just paperwork",
            "😕 Slightly lost",
            "🙂 Settling in",
        ],
        ["Painpoints: in each step e.g. did you need to hand in an application in person…", *POSTGRAD_PAINS],
        ["Opportunities: how could the university make this step easier?", *POSTGRAD_IDEAS],
    ]
    return workbook_with(folder / "postgrad.xlsx", ("Sheet2", rows, ["A1:G1"]))


# 2. A Russian map: barriers and solutions, a persona line, touchpoints naming their channels.
def russian(folder: Path) -> Path:
    rows: Rows = [
        ["Карта пути клиента: открытие счёта в банке"],
        ["Персона: Анна, 34 года, владелец кафе"],
        ["Этап", "Поиск банка", "Сравнение тарифов", "Подача заявки", "Открытие счёта", "Первые платежи"],
        [
            "Действия",
            "Ищет банк в интернете",
            "Сравнивает условия",
            "Заполняет анкету",
            "Подписывает договор",
            "Платит",
        ],
        ["Точки контакта", "Сайт банка", "Отзывы на форуме", "Мобильное приложение", "Отделение банка", "Приложение"],
        ["Эмоции", "Любопытство", "Растерянность", "Раздражение", "Очень доволен", "Спокойствие"],
        ["Барьеры", "Непонятные тарифы", "Много документов", "Долгая проверка (высокая)", "Очередь в отделении", None],
        ["Решения", "Калькулятор тарифов", "Чек-лист документов", "Онлайн-проверка", "Запись онлайн", None],
    ]
    return workbook_with(folder / "russian.xlsx", ("CJM", rows, ["A1:F1"]))


# 3. A German map: stage names numbered with arrows in cells of their own, feelings with intensity.
def german(folder: Path) -> Path:
    rows: Rows = [
        ["Kundenreise: Urlaub buchen"],
        [],
        ["Phase", "1. Inspiration", "→", "2. Recherche", "→", "3. Buchung", "→", "4. Reise"],
        ["Kundenziel", "Ideen sammeln", None, "Angebote vergleichen", None, "Sicher bezahlen", None, "Erholen"],
        ["Was tut der Kunde?", "Blättert im Katalog", None, "Liest Bewertungen", None, "Bucht online", None, "Reist"],
        ["Berührungspunkte", "Katalog", None, "Bewertungsportal", None, "Webseite", None, "Hotel"],
        ["Gefühle", "begeistert", None, "etwas unsicher", None, "genervt", None, "sehr zufrieden"],
        ["Schmerzpunkte", None, None, "Zu viele Angebote", None, "Formular verlangt alles doppelt [hoch]", None, None],
        ["Chancen", None, None, "Vergleichsfilter", None, "Formular vorausfüllen (Nutzen: hoch, Aufwand: gering)"],
        ["Verantwortlich", "Marketing", None, "Produkt", None, "IT", None, "Service"],
    ]
    return workbook_with(folder / "kundenreise.xlsx", ("Kundenreise", rows, ["A1:H1"]))


# 4. A Chinese map, stages down the first column, feelings as emoji with a word.
def chinese(folder: Path) -> Path:
    rows: Rows = [
        ["用户旅程地图：待办清单 App"],
        ["用户画像：小李，28岁，产品经理"],
        ["阶段", "用户行为", "用户想法", "情绪", "痛点"],
        ["发现", "在应用商店搜索「待办」", "“又一个待办 App？”", "😐 怀疑", "介绍文案太长"],
        ["下载安装", "下载、打开 App", "“看看长什么样”", "😐 中性", "加载太慢"],
        ["首次使用", "添加第一个任务", "“就这？挺简单的”", "😊 惊喜", None],
        ["日常使用", "每天早上列待办", "“脑子轻松多了”", "😌 安心", None],
        ["遇到边界", "想要某个没有的功能", "“要是能有就好了”", "😕 轻微失望", "缺少重复任务"],
    ]
    return workbook_with(folder / "旅程.xlsx", ("工作表1", rows, ["A1:E1"]))


# 5. Scores 1-5 in a lane, and a channel row that sets the channel of each stage's touchpoints.
RETAIL_STAGES = ["Awareness", "Consideration", "Purchase", "Delivery", "Support"]


def retail(folder: Path) -> Path:
    rows: Rows = [
        ["Online shop – current state"],
        [],
        ["", *RETAIL_STAGES],
        ["Touchpoints", "Sponsored post", "Product page", "Checkout", "Tracking page", "Hotline"],
        ["Marketing channel", "Instagram", "Website", "Website", "E-mail", "Phone"],
        ["Customer satisfaction (1-5)", 4, 3, 2, 3, 5],
        ["Pain points", None, "Sizes unclear (medium)", "Payment failed!! Severity: 5", "No delivery slot", None],
    ]
    return workbook_with(folder / "retail.xlsx", ("Journey", rows, ["A1:F1"]))


# 6. No feeling lane, but a Stage / Score table beside the map (1-10).
def score_table(folder: Path) -> Path:
    rows: Rows = [
        ["Gym membership journey"],
        [],
        ["Step", "Discover", "Trial", "Sign up", "Use", "Cancel", None, "Stage", "Score (1-10)"],
        [
            "Doing",
            "Sees a flyer",
            "Books a trial",
            "Signs a contract",
            "Trains",
            "Writes a letter",
            None,
            "1. Discover",
            7,
        ],
        [
            "Thinking",
            "“Close to home”",
            "“Nice staff”",
            "“So much small print”",
            "“Busy at 6 pm”",
            "“Why a letter?”",
            None,
            "2. trial",
            9,
        ],
        [
            "Pain points",
            None,
            None,
            "Contract is 12 pages",
            "Crowded evenings",
            "Cancel only by letter",
            None,
            "Sign up",
            4,
        ],
        ["Ideas", None, None, "One-page summary", "Show live occupancy", "Cancel in the app", None, "Use", 6],
        [None, None, None, None, None, None, None, "Cancel", 1],
    ]
    return workbook_with(folder / "gym.xlsx", ("Gym", rows, ["A1:F1"]))


# 7. Stages down a column, lanes across a row, and the persona's details in pairs beside them.
def transposed_with_persona(folder: Path) -> Path:
    rows: Rows = [
        ["Patient journey – booking a check-up"],
        ["Stage", "Doing", "Thinking", "Feeling", "Pain points", None, "Details", None],
        [
            "Notice symptoms",
            "Reads about symptoms",
            "“Is it serious?”",
            "Worried",
            "Too much to read",
            None,
            "Name",
            "Maria",
        ],
        [
            "Call the practice",
            "Calls at 8 am",
            "“Why is it always busy?”",
            "Very annoyed",
            "Line busy for 20 min",
            None,
            "Age",
            41,
        ],
        ["Book", "Gets a slot in 3 weeks", "“That long?”", "Disappointed", "Long wait", None, "Occupation", "Nurse"],
        [
            "Visit",
            "Waits in the waiting room",
            "“Finally”",
            "Relieved",
            None,
            None,
            "Goals",
            "Book a check-up quickly\nAvoid phone queues",
        ],
        [
            "Follow-up",
            "Gets results by letter",
            "“All fine”",
            "Happy",
            "Results only by letter",
            None,
            "Frustrations",
            "Busy phone lines",
        ],
        [None, None, None, None, None, None, "Quote", "“I just want someone to pick up.”"],
    ]
    return workbook_with(folder / "patient.xlsx", ("Patient", rows, ["A1:E1"]))


# 8. A persona on a sheet of its own: attribute/value pairs, no map.
PERSONA_ROWS: Rows = [
    ["Persona"],
    ["Name", "Tom Becker"],
    ["Age", 29],
    ["Occupation", "Junior developer"],
    ["Goals", "• Find a flat near work\n• Move without taking days off"],
    ["Frustrations", "Viewings only during office hours"],
    ["Quote", "“I would rent it from my phone if I could.”"],
]


def persona_only(folder: Path) -> Path:
    return workbook_with(folder / "persona.xlsx", ("Persona", PERSONA_ROWS, []))


def map_and_persona_sheet(folder: Path) -> Path:
    rows: Rows = [
        ["Renting a flat"],
        [],
        ["", "Search", "Viewing", "Application", "Contract", "Move in"],
        ["Actions", "Filters listings", "Visits the flat", "Sends documents", "Signs", "Moves"],
        ["Touchpoints", "Listing portal", "Agent", "E-mail", "Agency office", "Caretaker"],
        ["Pain points", "Fake listings", "Viewings at 11 am", "Same documents again", None, "Keys not ready"],
        ["Feelings", "Hopeful", "Annoyed", "Stressed", "Relieved", "Happy"],
    ]
    return workbook_with(folder / "renting.xlsx", ("Map", rows, ["A1:F1"]), ("Persona", PERSONA_ROWS, []))


# 9. A touchpoint analysis: one row per touchpoint, with its stage, channel and score.
TOUCHPOINT_ROWS: Rows = [
    ["Touchpoint", "Stage", "Channel", "Score (1-5)", "Comment"],
    ["Search ad", "Awareness", "Google", 3, "Generic text"],
    ["Instagram story", "Awareness", "Instagram", 4, None],
    ["Friend recommends", "Awareness", "Word of mouth", 5, "Strongest driver"],
    ["Comparison site", "Consideration", "Website", 2, "Prices out of date"],
    ["Product video", "Consideration", "YouTube", 4, None],
    ["Live chat", "Consideration", "Chat", 3, "Slow at lunch"],
    ["Checkout", "Purchase", "Website", 2, "Card declined often"],
    ["Order confirmation", "Purchase", "E-mail", 4, None],
    ["Delivery notice", "Delivery", "SMS", 4, None],
    ["Courier", "Delivery", "Kiosk", 1, "Parcel left outside"],
    ["Unboxing", "Delivery", "In store pickup", 5, None],
    ["Help centre", "Support", "Website", 3, None],
    ["Hotline", "Support", "Phone", 1, "40 min wait"],
    ["Review request", "Loyalty", "E-mail", 3, None],
    ["Loyalty app", "Loyalty", "App", 4, "Points unclear"],
]


def touchpoint_table(folder: Path) -> Path:
    return workbook_with(folder / "touchpoints.xlsx", ("Touchpoint analysis", TOUCHPOINT_ROWS, []))


# 10. A budget: a header of months, rows of numbers. No map.
def budget(folder: Path) -> Path:
    rows: Rows = [
        ["Budget 2024"],
        [],
        ["Item", "Jan", "Feb", "Mar", "Apr", "Total"],
        ["Rent", 1200, 1200, 1200, 1200, 4800],
        ["Food", 420, 380, 455, 400, 1655],
        ["Transport", 90, 90, 120, 90, 390],
        ["Phone", 25, 25, 25, 25, 100],
        ["Savings", 300, 250, 300, 300, 1150],
    ]
    return workbook_with(folder / "budget.xlsx", ("Budget", rows, ["A1:F1"]))


# 11. Line breaks, double spaces and numbering inside cells; a bulleted list of pain points.
LINE_BREAK_STEPS = "1. Call the hotline\n2. Wait  on hold\n3. Explain it all again"


def line_breaks(folder: Path) -> Path:
    rows: Rows = [
        ["Insurance claim"],
        [],
        ["", "Report", "Assessment", "Payout"],
        ["Doing", LINE_BREAK_STEPS, "Sends photos\nof the damage", "Checks the account"],
        ["Pain points", "• Long wait\n• Has to repeat the policy number", "Photos rejected", None],
        ["Thoughts", "“Why do they  not know me?”", None, "“Finally.”"],
        ["Feelings", -2, "-1", "+2"],
    ]
    return workbook_with(folder / "claim.xlsx", ("Claim", rows, ["A1:D1"]))


# 12. A service blueprint: front stage and backstage as section headings across the map.
def blueprint(folder: Path) -> Path:
    rows: Rows = [
        ["Service blueprint – hotel stay"],
        [],
        ["", "Arrive", "Check in", "Stay", "Check out"],
        ["Customer actions", "Parks the car", "Shows ID", "Orders room service", "Pays"],
        ["FRONT STAGE", "FRONT STAGE", "FRONT STAGE", "FRONT STAGE", "FRONT STAGE"],
        ["Staff", "Valet greets", "Receptionist checks booking", "Waiter delivers", "Receptionist prints bill"],
        ["BACKSTAGE", "BACKSTAGE", "BACKSTAGE", "BACKSTAGE", "BACKSTAGE"],
        ["Behind the desk", "Parking list", "Room assignment", "Kitchen prepares", "Billing run"],
        ["Support", "Booking engine", "Property system", "Kitchen display", "Payment provider"],
        ["Moments of truth", None, "First impression at the desk", None, "Bill is right"],
    ]
    return workbook_with(folder / "blueprint.xlsx", ("Blueprint", rows, ["A1:E1", "A5:E5", "A7:E7"]))


# 13. A Spanish map: satisfaction in percent, an action that states its impact and effort.
def spanish(folder: Path) -> Path:
    rows: Rows = [
        ["Mapa de experiencia – alta de fibra"],
        [],
        ["Etapa", "Contratación", "Instalación", "Primer mes"],
        ["Acciones", "Contrata por teléfono", "Espera al técnico", "Usa internet"],
        ["Puntos de contacto", "Llamada", "Visita del técnico", "Factura por correo electrónico"],
        ["Satisfacción (%)", "80%", "40%", "65%"],
        ["Puntos de dolor", None, "Ventana de 8 horas (alta)", "Factura confusa"],
        ["Oportunidades", None, "Aviso por SMS 30 min antes (impacto: alto, esfuerzo: bajo)", "Factura explicada"],
    ]
    return workbook_with(folder / "fibra.xlsx", ("Hoja1", rows, ["A1:D1"]))


# 14. A Polish map and 15. a Turkish one, with their own words for barriers, ideas and feelings.
def polish(folder: Path) -> Path:
    rows: Rows = [
        ["Ścieżka klienta – wizyta u dentysty"],
        [],
        ["Etap", "Szukanie", "Rejestracja", "Wizyta", "Płatność"],
        ["Działania", "Szuka w internecie", "Dzwoni", "Czeka", "Płaci kartą"],
        ["Emocje", "zaciekawiony", "zirytowany", "bardzo zadowolony", "spokojny"],
        ["Bariery", "Brak cen na stronie", "Zajęta linia", None, None],
        ["Pomysły", "Cennik online", "Rejestracja online", None, None],
    ]
    return workbook_with(folder / "dentysta.xlsx", ("Arkusz1", rows, ["A1:E1"]))


def turkish(folder: Path) -> Path:
    rows: Rows = [
        ["Müşteri yolculuğu – kargo"],
        [],
        ["Aşama", "Sipariş", "Kargo", "Teslimat"],
        ["Temas noktaları", "Web sitesi", "SMS", "Kurye"],
        ["Duygular", "mutlu", "endişeli", "çok mutlu"],
        ["ENGELLER", "Uzun form", "Takip numarası yok", None],
        ["FIRSATLAR", "Kısa form", "Anlık takip", None],
    ]
    return workbook_with(folder / "kargo.xlsx", ("Sayfa1", rows, ["A1:D1"]))


# 16. Stages over two columns each (merged), a row of stage groups above them, sub-steps below.
def wide_stages(folder: Path) -> Path:
    rows: Rows = [
        ["Car leasing"],
        [],
        [
            "",
            "Before the contract",
            "Before the contract",
            "Before the contract",
            "Before the contract",
            "After",
            "After",
        ],
        ["Phase", "Explore", "Explore", "Configure", "Configure", "Drive", "Drive"],
        ["Steps", "Website", "Dealer visit", "Online configurator", "Quote", "Handover", "Service"],
        ["Emotions", "😀", "🙂", "😕", "😡", "😀", "😐"],
        [
            "Pain points",
            None,
            "Pushy sales talk",
            "Options not explained",
            "Quote differs from configurator",
            None,
            "Service only weekdays",
        ],
    ]
    merges = ["B3:E3", "F3:G3", "B4:C4", "D4:E4", "F4:G4"]
    return workbook_with(folder / "leasing.xlsx", ("Leasing", rows, merges))


# 17. A contact list: a header and rows of texts, but nothing of a journey.
def contacts(folder: Path) -> Path:
    rows: Rows = [
        ["Name", "E-mail", "Phone", "Company"],
        ["Ana Silva", "ana@example.com", "+351 21 000 0000", "Lisboa Labs"],
        ["Ben Ortiz", "ben@example.com", "+34 91 000 0000", "Madrid Works"],
        ["Chen Wei", "chen@example.com", "+86 10 0000 0000", "Beijing Co"],
        ["Dana Levi", "dana@example.com", "+972 3 000 0000", "Tel Aviv Ltd"],
    ]
    return workbook_with(folder / "contacts.xlsx", ("Contacts", rows, []))


# 18. Notes on a first sheet, the map on the second, with no title but a telling sheet name.
def notes_then_map(folder: Path) -> Path:
    notes: Rows = [["Interview notes"], ["Most people start on the phone"], ["Prices are a worry"]]
    rows: Rows = [
        ["Stage", "Discover", "Compare", "Sign", "Use"],
        ["Doing", "Hears on the radio", "Uses a comparison site", "Signs online", "Reads the meter"],
        ["Feeling", "+1", "0", "-1", "+2"],
        ["Opportunities", None, "Clear price per kWh", "Fewer form fields", "Smart meter app"],
    ]
    return workbook_with(folder / "energy.xlsx", ("Notes", notes, []), ("Energy onboarding journey", rows, []))


# 19. The current state and, under it, the future state, on one sheet.
def current_and_future(folder: Path) -> Path:
    stages = ["", "Search", "Book", "Travel", "Return"]
    rows: Rows = [
        ["Train travel – current and future state"],
        [],
        ["Current state"],
        stages,
        ["Doing", "Compares fares", "Books on the website", "Boards the train", "Asks for a refund"],
        ["Pain points", "Fares differ by site", "Seat not shown", None, "Refund form by post"],
        ["Feeling", "Confused", "Annoyed", "Happy", "Frustrated"],
        [],
        [],
        ["Future state (to-be)"],
        stages,
        ["Doing", "Sees one fare", "Picks a seat", "Boards the train", "Taps for a refund"],
        ["Pain points", None, None, None, "Refund takes a week"],
        ["Feeling", "Calm", "Happy", "Happy", "Satisfied"],
    ]
    return workbook_with(folder / "train.xlsx", ("Train", rows, ["A1:E1"]))


# 20. A French consultant's map: a stage described under its name, feelings with some intensity.
def french(folder: Path) -> Path:
    rows: Rows = [
        ["Parcours client – ouverture d'un compte"],
        ["Persona : Julie, 27 ans, graphiste indépendante"],
        ["Scénario : Julie veut un compte pro sans passer en agence"],
        [
            "Étapes",
            "Découverte\nJulie entend parler de la banque",
            "Comparaison\nElle compare trois offres",
            "Souscription",
            "Premiers jours",
        ],
        [
            "Ce que fait la cliente",
            "Lit un article",
            "Ouvre un comparateur",
            "Remplit le formulaire",
            "Reçoit sa carte",
        ],
        ["Points de contact", "Blog", "Site web", "Application", "Courrier"],
        ["Émotions", "curieuse", "un peu perdue", "très satisfaite", "agacée"],
        ["Irritants", None, "Frais cachés", "Justificatifs demandés deux fois (gravité : élevée)", "Carte en retard"],
        ["Pistes d'amélioration", None, "Tableau des frais", "Téléversement unique", "Suivi de la carte"],
        ["Indicateurs (KPI)", "Visites", "Taux de clic", "Taux d'abandon", "Délai de livraison"],
    ]
    return workbook_with(folder / "compte.xlsx", ("Parcours", rows, ["A1:E1"]))


# 21. A Portuguese map whose lanes are grouped by a column merged down beside their labels.
def grouped_lanes(folder: Path) -> Path:
    rows: Rows = [
        ["Jornada do cliente – compra de móveis"],
        [],
        [None, "Fase", "Inspiração", "Compra", "Entrega", "Montagem"],
        ["CLIENTE", "Ações", "Vê no Instagram", "Compra na loja", "Espera em casa", "Monta sozinho"],
        [None, "Sentimentos", "animado", "satisfeito", "ansioso", "frustrado"],
        ["BASTIDORES", "Loja", None, "Vendedor registra o pedido", None, None],
        [None, "Armazém", None, None, "Separa as peças", None],
        [None, "Transportadora", None, None, "Agenda a entrega por telefone", "Sem serviço de montagem"],
    ]
    return workbook_with(folder / "moveis.xlsx", ("Jornada", rows, ["A1:F1", "A4:A5", "A6:A8"]))


# 22. Stages down a column, and the persona's details right beside the last lane, no gap between.
def persona_beside(folder: Path) -> Path:
    rows: Rows = [
        ["Persona journey: Ahmed buys a used car"],
        ["Stage", "Doing", "Thinking", "Emotion (1-5)", "Barriers", "Details", None],
        ["Search", "Browses listings", "“So many”", 3, "Fake ads", "Name", "Ahmed"],
        ["Test drive", "Visits a dealer", "“Feels solid”", 4, None, "Age", 38],
        ["Negotiate", "Haggles", "“Too pricey”", 2, "Hidden fees", "Job", "Teacher"],
        ["Buy", "Signs the papers", "“Finally”", 5, "Paperwork", "Needs", "A reliable family car"],
        ["After sales", "First service", "“OK”", 3, None, "Fears", "Being cheated"],
    ]
    return workbook_with(folder / "car.xlsx", ("Car", rows, ["A1:G1"]))


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "postgrad": postgrad,
    "russian": russian,
    "german": german,
    "chinese": chinese,
    "retail": retail,
    "score table": score_table,
    "transposed with persona": transposed_with_persona,
    "persona only": persona_only,
    "map and persona sheet": map_and_persona_sheet,
    "touchpoint table": touchpoint_table,
    "budget": budget,
    "line breaks": line_breaks,
    "blueprint": blueprint,
    "spanish": spanish,
    "polish": polish,
    "turkish": turkish,
    "wide stages": wide_stages,
    "contacts": contacts,
    "notes then map": notes_then_map,
    "current and future": current_and_future,
    "french": french,
    "grouped lanes": grouped_lanes,
    "persona beside": persona_beside,
}
