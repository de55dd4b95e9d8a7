"""TimeML and MEANTIME documents written for the TimeML tests, shared by the
reader's tests and the scorer's."""

from __future__ import annotations

from pathlib import Path

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>WW0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-07-16" temporalFunction="false" functionInDocument="CREATION_TIME">2022-07-16</TIMEX3></DCT>
<TITLE>Shelling in Kharkiv</TITLE>
<TEXT>
KHARKIV (AT&amp;T Wire) _ Russian forces <EVENT eid="e1" class="OCCURRENCE">shelled</EVENT> Kharkiv on <TIMEX3 tid="t1" type="DATE" value="2022-07-15">Friday</TIMEX3>, officials said <TIMEX3 tid="t2" type="DATE" value="2022-07-16">today</TIMEX3>. The siege has lasted <TIMEX3 tid="t3" type="DURATION" value="P5M">five months</TIMEX3>, and over the past <TIMEX3 tid="t4" type="DURATION" value="P2D">two days</TIMEX3> the strikes came every day. Talks are planned for <TIMEX3 tid="t5" type="DATE" value="2022-08-03">next month</TIMEX3>; in <TIMEX3 tid="t6" type="DATE" value="2022-03">that period</TIMEX3> the city held.
</TEXT>
</TimeML>
"""

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="1_strike" lang="en">
<token number="0" sentence="0" t_id="1">Strike</token>
<token number="1" sentence="0" t_id="2">hits</token>
<token number="2" sentence="0" t_id="3">Odesa</token>
<token number="3" sentence="1" t_id="4">July</token>
<token number="4" sentence="1" t_id="5">16</token>
<token number="5" sentence="1" t_id="6">,</token>
<token number="6" sentence="1" t_id="7">2022</token>
<token number="7" sentence="2" t_id="8">A</token>
<token number="8" sentence="2" t_id="9">missile</token>
<token number="9" sentence="2" t_id="10">hit</token>
<token number="10" sentence="2" t_id="11">Odesa</token>
<token number="11" sentence="2" t_id="12">on</token>
<token number="12" sentence="2" t_id="13">Friday</token>
<token number="13" sentence="2" t_id="14">.</token>
<token number="14" sentence="3" t_id="15">More</token>
<token number="15" sentence="3" t_id="16">strikes</token>
<token number="16" sentence="3" t_id="17">came</token>
<token number="17" sentence="3" t_id="18">today</token>
<token number="18" sentence="3" t_id="19">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2022-07-16">
<token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2022-07-15">
<token_anchor t_id="13"/>
</TIMEX3>
<TIMEX3 TAG_DESCRIPTOR="empty" functionInDocument="NONE" m_id="3" type="DATE" value="2022"/>
</Markables>
</Document>
"""


def write_corpus(folder: Path) -> Path:
    """``folder`` holding the TimeML document as ``sub/ww0001.tml``."""
    (folder / "sub").mkdir()
    (folder / "sub" / "ww0001.tml").write_text(TML, encoding="utf-8")
    return folder
