"""Recognition: the vocabulary and regular expressions of temporal expressions.

Each rule is a ``(kind, pattern)`` pair; the ``timex_rules``, ``timex_periods``,
``timex_relative`` and ``timex_durations`` modules hold the functions that turn
a match into a value, and :mod:`.dates` maps each kind to its function where it
compiles the patterns.  Patterns are built from named fragments (``MONTH``,
``AMOUNT``, ``UNIT`` ...) so that one spelling list feeds every rule.  Month
and weekday names are matched case-sensitively (``May``, ``March`` and ``Sun``
are also ordinary words); everything else is case-insensitive.  A rule whose
:data:`TRIGGERS` are all absent from a text is not run on it.
"""

from __future__ import annotations

import re

MONTHS = {name: i for i, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"), start=1)}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
            "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
#: quantities too vague to count: the value gets an ``X`` (``PXY``)
VAGUE = ("a few", "few", "several", "some", "many", "a number of", "dozens of",
         "hundreds of", "thousands of", "numerous", "countless", "a couple of", "a couple",
         "couple of", "a dozen", "the next few", "more")
UNITS = {"second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
         "hour": "hour", "hours": "hour", "hrs": "hour", "day": "day", "days": "day",
         "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight",
         "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
         "year": "year", "years": "year", "yr": "year", "yrs": "year", "decade": "decade",
         "decades": "decade", "century": "century", "centuries": "century",
         "millennium": "millennium", "millennia": "millennium"}
HOLIDAYS = ("Christmas Eve", "Christmas Day", "Christmas", "New Year's Eve", "New Year's Day",
            "New Year", "Thanksgiving Day", "Thanksgiving", "Easter Sunday", "Easter",
            "Halloween", "Valentine's Day", "Independence Day", "Election Day",
            "Victory Day", "Labor Day", "Memorial Day", "Boxing Day")
SET_ADVERBS = {"daily": ("day", 1), "nightly": ("day", 1), "weekly": ("week", 1),
               "biweekly": ("week", 2), "fortnightly": ("week", 2), "monthly": ("month", 1),
               "bimonthly": ("month", 2), "quarterly": ("month", 3), "yearly": ("year", 1),
               "annually": ("year", 1), "hourly": ("hour", 1), "biannually": ("month", 6),
               "semiannually": ("month", 6)}
PRESENT_WORDS = ("now", "right now", "currently", "nowadays", "these days", "at present",
                 "at the moment", "the present", "the present day", "the present time",
                 "present-day", "presently", "the time being")
PAST_WORDS = ("recently", "lately", "the past", "the other day", "not long ago",
              "some time ago", "long ago", "more recently", "until recently",
              "most recently")
FUTURE_WORDS = ("the future", "the near future", "the foreseeable future", "the distant future",
                "the near term", "the long term")


def alt(words) -> str:
    """Regex alternation of literal words, longest first, spaces matching any blank."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def cased(words) -> str:
    """Case-sensitive alternation: ``Word`` or ``WORD`` only."""
    forms = [w.capitalize() for w in words] + [w.upper() for w in words]
    return "(?-i:" + alt(forms) + ")"


# --------------------------------------------------------------------------- fragments

MONTH_FULL = cased(MONTHS)
MONTH_SHORT = "(?-i:" + alt(a.capitalize() for a in MONTH_ABBR) + r")\.?"
MONTH = rf"(?P<month>{MONTH_FULL}|{MONTH_SHORT})(?![\w])"
WEEKDAY = rf"(?P<wd>{cased(WEEKDAYS)})(?![\w])"
DOM = r"(?P<dom>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\w|\s*%|\s*(?:percent|per\s+cent)\b)"
YEAR4 = r"(?:1[5-9]\d\d|20\d\d)(?![\d])"
NUM_WORD = (rf"(?:(?:{alt(TENS)})(?:[-\s](?:{alt(ONES)}))?|{alt(TEENS)}|{alt(ONES)})"
            r"(?:\s+hundred)?|(?:a|one)\s+hundred")
SPOKEN_YEAR = (rf"nineteen[-\s]+(?:{alt(TENS)})(?:[-\s](?:{alt(ONES)}))?|nineteen[-\s]+(?:{alt(TEENS)})"
               rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{alt(ONES)}|{alt(TEENS)}))?")
YEAR = rf"(?P<year>{YEAR4}|'\d\d(?![\w'])|(?i:{SPOKEN_YEAR})\b)"
AMOUNT = (rf"(?P<num>\d+(?:\s+|-)?(?:1/2|½)|\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|half\s+an?|{alt(VAGUE)}|"
          rf"(?:{NUM_WORD})|an?|one)")
UNIT = rf"(?P<unit>{alt(UNITS)})\b"
PART = rf"(?P<part>{alt(PARTS)})"
SEASON = rf"(?P<season>{alt(SEASONS)})"
ORDINAL = rf"(?P<ord>{alt(ORDINALS)}|final|last|\d{{1,2}}(?:st|nd|rd|th))"
CLOCK = (r"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
         r"|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?![\d:])"
         r"|(?P<hz>[01]\d|2[0-3])(?P<miz>[0-5]\d)(?=\s*(?:GMT|UTC|Z\b|hrs\b))"
         r"|(?P<named>noon|midday|midnight)"
         rf"|(?P<hw>\d{{1,2}}|{alt(ONES)}|ten|eleven|twelve)\s+(?:o'clock|o’clock)"
         rf"|(?P<hp>\d{{1,2}}|{alt(ONES)}|ten|eleven|twelve)\s+in\s+the\s+(?P<hpart>morning|afternoon|evening))")
TZ = (r"(?:\s*(?P<tz>GMT|UTC|Z\b|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK"
      r"|local\s+time|Moscow\s+time|Kyiv\s+time|Kiev\s+time)(?:\s*\(?[+-]\d{1,2}(?::?\d\d)?\)?)?)?")
DAYREF = (rf"(?P<dayref>{cased(WEEKDAYS)}|today|yesterday|tomorrow|tonight"
          rf"|(?:{MONTH_FULL}|{MONTH_SHORT})\s+(?:[12]\d|3[01]|0?[1-9])(?!\d))")
REL = r"(?P<rel>last|this|next|past|previous|coming|current|following|the\s+(?:past|last|previous|coming|current|next|following|same|latest|preceding|prior)|this\s+(?:past|coming))"

# --------------------------------------------------------------------------- rules
#
# A rule's extent is its whole match, or its group ``x`` where it has one (the
# words around ``x`` are context, not part of the expression).  Words that may
# lead an expression ("the", "early", "about", "Friday,") are not in the
# patterns: :func:`~.dates.find_dates` adds them (see the ``*_LEAD`` patterns
# below), which keeps every pattern starting on a word of its own.

RULES: list[tuple[str, str]] = [
    ("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?(?![\d-])"),
    ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/.]|\.\d)"),
    ("mdy", rf"{MONTH}\s+{DOM}(?:(?:\s*,\s*|\s+)(?:of\s+)?{YEAR})?"),
    ("dmy", rf"\b{DOM}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?"),
    ("month_year", rf"{MONTH}(?:\s+of)?,?\s+{YEAR}"),
    ("month_relyear", rf"{MONTH}(?:\s+of)?\s+(?P<rel>last|this|next)\s+year\b"),
    ("month_rel", rf"\b(?P<rel>last|this|next|this\s+past|this\s+coming)\s+{MONTH}(?!\.?\s*\d)"),
    ("month", rf"{MONTH}(?!\.?\s*\d)"),
    ("year", rf"(?:(?<![\w$€£#.,:/\\-])|(?<=\bmid-|\bpre-)|(?<=\bpost-))(?:(?P<fy>fiscal|FY|the\s+year|the\s+fiscal\s+year)[\s-]*)?{YEAR}(?![-–]\d\d\b|[.,]\d)"),
    ("year_range", rf"(?<![\w$€£#.,:/-])(?P<y1>{YEAR4})[-–/](?P<y2>\d\d)(?![\w%])"),
    ("decade", r"(?P<dec>\b(?:1[0-9]|20)\d0|'\d0|(?<![\d.,$])\b\d0)s\b"),
    ("decade_word", r"\bthe\s+(?:(?:early|mid|late)[-\s]*)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    ("century", rf"\b(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{alt(ORDINALS)})[-\s]+century\b"),
    ("century_rel", rf"\b(?P<rel>this|last|next|the\s+last|the\s+past|the\s+next|the\s+previous)\s+(?P<unit>century|millennium)\b"),
    ("season", rf"\b(?:(?P<rel>this|last|next|the\s+past|the\s+coming|the|early|late|mid|this\s+past|this\s+coming|(?P<rel_year>last|this|next)\s+year's)[-\s]+){SEASON}(?:\s+(?:of\s+)?{YEAR})?\b"),
    ("season_year", rf"\b{SEASON}\s+(?:of\s+)?{YEAR}"),
    ("quarter", rf"\b(?:(?P<pre_year>{YEAR4})\s+|(?P<rel_year>last|this|next)\s+year's\s+|the\s+(?:(?P<the_year>{YEAR4})\s+|(?:comparable\s+|corresponding\s+|same\s+)?(?P<ago>year-ago|year-earlier|prior-year|previous-year)\s+)?)?(?:(?:fiscal|calendar)[-\s]+)?{ORDINAL}[-\s]+(?:fiscal[-\s]+)?(?P<unit>quarter|half)\b(?!-|\s+(?:of\s+)?(?:a|an|the|its|his|her|their)\b)(?:\s+(?:of\s+)?(?:{YEAR}|(?P<post_rel>last|this|next)\s+year)\b)?"),
    ("quarter_code", r"(?-i:\b(?P<unit>Q|H)(?P<n>[1-4])(?:\s+|\s*-\s*|\s*/\s*)?(?P<year>20\d\d|19\d\d)?)\b"),
    ("quarter_rel", r"\b(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?P<rel>latest|last|this|current|past|previous|year-ago|year-earlier|same|prior|most\s+recent|recent|comparable|corresponding)[-\s]+(?:fiscal\s+)?(?P<unit>quarter|period|half)\b(?!-|\s+of\b)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?"),
    ("quarter_year", rf"\bthe\s+(?P<year>{YEAR4})\s+(?:fiscal\s+)?(?:quarter|period)\b"),
    ("quarter_the", r"\bthe\s+(?P<unit>quarter)\b(?!-|\s+of\b)(?P<ago>\s+a\s+year\s+(?:ago|earlier))?"),
    ("year_ago_adj", r"\b(?P<word>year-ago|year-earlier|prior-year)\b(?!\s+(?:quarter|period|half)\b)"),
    ("same_last_year", r"\bthe\s+same\s+(?:period|month|week|day|time|quarter|season)\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|(?:of\s+)?the\s+(?:last|previous|prior)\s+year)\b"),
    ("the_day", r"\b(?:end|ended|ending|finish|finished|close|closed|for|during|(?:start|rest|remainder)\s+of)\s+(?P<x>the\s+(?P<unit>day|week))\b(?!\s+(?:before|after|of|that|when)\b)"),
    ("in_the_day", r"\b(?:late|later|earlier|early)\s+in\s+the\s+(?P<unit>day|week)\b(?!\s+(?:before|after|of|that|when)\b)"),
    ("year_end", r"\b(?:(?P<the>the\s+end\s+of\s+the\s+year)|year[-\s]end|year's\s+end)\b"),
    ("dom_coord", r"(?:\s(?:and|or|to|through)\s+|\d\s?[-–]\s?)(?P<x>(?P<dom2>[0-3]?\d)(?:st|nd|rd|th)?)(?![\d:.,]\d|\w|\s*%|\s+(?:percent|per\s+cent|people|of)\b)"),
    ("week_of", rf"\bthe\s+week\s+of\s+{MONTH}\s+{DOM}"),
    ("rel_unit", rf"\b{REL}\s+(?:(?P<fiscal>fiscal|calendar)\s+)?(?P<unit>week|weekend|month|year|decade)\b"),
    ("the_unit", r"\bthe\s+(?P<unit>weekend)\b"),
    ("mod_unit", r"\b(?P<mod>earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+rest\s+of|the\s+middle\s+of)\s+(?P<rel>this|next|last)\s+(?P<unit>week|month|year)\b"),
    ("weekday_rel", rf"\b(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past|the\s+previous|the\s+preceding|the\s+following|the\s+next)\s+{WEEKDAY}"),
    ("weekday", rf"{WEEKDAY}(?!s\b)(?!,?\s+(?:(?:{MONTH_FULL}|{MONTH_SHORT})\s*\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_FULL}|{MONTH_SHORT})))"),
    ("deictic", r"\b(?P<word>today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b"),
    ("part_of_day", rf"\b(?P<day>this|last|yesterday|tomorrow|{cased(WEEKDAYS)})\s+{PART}\b"),
    ("part_mod", r"\b(?P<mod>early|late|mid)[-\s]?(?P<part>morning|afternoon|evening)\b"),
    ("clock", rf"(?<![\w:.,$])(?:{CLOCK}){TZ}(?:,?\s+(?:on\s+)?{DAYREF})?"),
    ("anaphor", r"\b(?P<rel>the\s+same|that\s+same|that|the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+prior|earlier\s+that|later\s+that)\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b"),
    ("duration", rf"\b{AMOUNT}(?:\s*(?:to|or|-|–)\s*(?P<num2>\d+|{NUM_WORD}))?[-\s]+(?:(?:more|additional|further|full|straight|consecutive|long|trading|business|working|calendar|successive|fiscal)[-\s]+)?{UNIT}(?P<half>\s+and\s+a\s+half)?(?![-\s]+old\b|[-\s]+olds\b)(?:-long\b|(?:\s+or\s+so)?\s+(?P<dir>ago|earlier|from\s+now|hence)\b(?!\s+(?:than|the|a|an|his|her|its|their|this|that|he|she|it|they|we|I|[0-9])\b))?"),
    ("duration_half", rf"\b(?:half\s+(?:a|an)|a\s+half)[-\s]+{UNIT}\b"),
    ("duration_vague", r"\b(?:(?P<det>the)\s+)?(?P<rel>recent|coming|past|next|last|previous|following|ensuing|intervening|succeeding|preceding)\s+(?P<unit>years|months|weeks|days|decades|centuries|hours|quarters)\b|\bthe\s+(?P<unit2>years|months|weeks|days|hours)\s+ahead\b"),
    ("duration_bare", r"\b(?:for|within|in)\s+(?P<x>(?P<unit>years|months|weeks|decades|centuries))\b(?!\s+(?:ago|of|later|earlier|before|after)\b)"),
    ("duration_the_years", r"\b(?:over|in|during|through)\s+(?P<x>the\s+(?P<unit>years|decades))\b(?!\s+(?:of|ago|before|after)\b)"),
    ("duration_long", r"\b(?:(?P<plural>years|decades|months|weeks)-(?:long|old)|(?P<unit>day|week|month|year|hour)-long)\b"),
    ("set_every", rf"\b(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>\d+|{NUM_WORD})\s+)?(?:(?P<unit>{alt(UNITS)}|weekend)|{WEEKDAY}|(?P<month>{MONTH_FULL})|{PART})\b"),
    ("set_adverb", rf"\b(?-i:(?P<adv>{alt(SET_ADVERBS)}))\b"),
    ("set_times", rf"\b(?P<times>once|twice|thrice|(?:\d+|{NUM_WORD})\s+times)\s+(?:a|an|per|each|every)\s+{UNIT}\b"),
    ("set_weekdays", rf"(?P<wds>(?-i:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))\b|(?P<wd2>{cased(WEEKDAYS)})\s+(?P<part>mornings|afternoons|evenings|nights)\b"),
    ("holiday", rf"(?-i:(?P<name>{alt(HOLIDAYS)}))(?!\w)(?:,?\s+{YEAR}|\s+(?P<week>week)\b)?"),
    ("present", rf"\b(?P<word>{alt(PRESENT_WORDS)})\b(?!-)"),
    ("past", rf"\b(?P<word>{alt(PAST_WORDS)})\b(?!\s+(?:\d|(?:{NUM_WORD}|few|several|year|month|week|decade|century|day)\b))"),
    ("future", rf"\b(?P<word>{alt(FUTURE_WORDS)})\b"),
    ("future_own", r"\bfuture\b"),
]

#: rules tried first when two candidates cover the same span (lower wins)
PRIORITY = {kind: i for i, (kind, _) in enumerate(RULES)}
#: words without which a rule cannot match: a text lacking all of them skips the rule
TRIGGERS = {
    "iso": ("-",), "numeric": ("/", "."), "decade_word": ("ties",),
    "century": ("centur",), "century_rel": ("century", "millennium"),
    "season": tuple(SEASONS), "season_year": tuple(SEASONS),
    "quarter": ("quarter", "half"), "quarter_code": ("q", "h"),
    "quarter_rel": ("quarter", "period", "half"), "quarter_year": ("quarter", "period"),
    "quarter_the": ("quarter",), "year_ago_adj": ("year-",), "same_last_year": ("same",),
    "the_day": ("the day", "the week"), "in_the_day": (" in the ",), "year_end": ("end",),
    "week_of": ("week of",), "the_unit": ("weekend",), "part_mod": ("morning", "noon", "evening"),
    "part_of_day": tuple(PARTS), "anaphor": ("that", "the "), "set_every": ("every", "each", "per "),
    "set_adverb": tuple(SET_ADVERBS), "set_times": ("once", "twice", "thrice", "times"),
    "set_weekdays": ("days", "days ", "mornings", "nights", "afternoons", "evenings"),
    "duration_half": ("half",), "duration_vague": ("recent", "coming", "past", "next", "last",
                                                    "ahead", "previous", "following"),
    "duration_bare": ("years", "months", "weeks", "decades", "centuries"),
    "duration_the_years": ("the years", "the decades"), "duration_long": ("-long", "-old"),
    "future": ("future", "term"), "future_own": ("future",),
}

#: modifiers that may stand before a date and belong to its extent
DATE_LEAD = re.compile(
    r"(?:\b(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+middle\s+of|the\s+turn\s+of|the\s+close\s+of|the\s+first\s+half\s+of|"
    r"the\s+second\s+half\s+of|earlier|later|around|about|the\s+rest\s+of)\s+"
    r"|\b(?:mid|early|late|pre|post)-)$", re.I)
#: approximators that may stand before a quantity (durations, clock times, "ago")
QUANT_LEAD = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|almost|some|at\s+least|at\s+most|"
    r"more\s+than|less\s+than|fewer\s+than|over|under|up\s+to|just|only|another|barely|"
    r"close\s+to|upwards\s+of|a\s+full|an\s+additional|well\s+over|exactly|precisely|"
    r"shortly\s+(?:before|after)|just\s+(?:before|after)|little\s+more\s+than)\s+$", re.I)
#: what leads a counted duration: "the past (two weeks)", "the first (nine months)"
DURATION_LEAD = re.compile(
    r"\b(?:the\s+)?(?:past|last|next|first|coming|previous|following|final|latest|recent|"
    r"remaining|initial|ensuing|preceding|prior|subsequent|same|other)\s+$|\bthe\s+$", re.I)
#: a weekday before a calendar date: "Thursday, July 14"
WEEKDAY_LEAD = re.compile(rf"\b{cased(WEEKDAYS)},?\s+$")
#: the article of a decade or century: "the (1990s)", "the (20th century)"
THE_LEAD = re.compile(r"\bthe\s+$", re.I)
