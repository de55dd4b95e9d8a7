"""Snippet labels in CASE 2021 Task 2's classes."""

from __future__ import annotations

import pytest
from events_util import parse

from warwire.events.case_classes import case_label, classify_doc


@pytest.mark.parametrize("text, label", [
    ("Warplanes pounded the village overnight, killing six civilians.", "AIR_STRIKE"),
    ("A suicide bomber blew himself up at a checkpoint, killing three guards.", "SUIC_BOMB"),
    ("Flash floods swept through the valley after torrential rain, killing 12 people.", "NATURAL_DISASTER"),
    ("A gas tanker exploded on the highway after a collision with a bus.", "MAN_MADE_DISASTER"),
    ("The militant group claimed responsibility for the car bombing.", "ATTRIB"),
    ("Police arrested five members of a drug smuggling gang at the port.", "ORG_CRIME"),
    ("The two sides agreed to a ceasefire and a prisoner exchange.", "AGREEMENT"),
    ("Police fired tear gas to disperse the protesters outside parliament.", "PROTEST_WITH_INTER"),
    ("The foreign minister met his counterpart to discuss new sanctions.", "DIPLO"),
])
def test_labels(text, label):
    assert case_label(classify_doc(parse(text))) == label
