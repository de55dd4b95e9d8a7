"""Check an eval's last stdout line (one JSON object) against minimum values.

    warwire eval timex --corpus DIR | python .ci/gate.py NAME value_f1=0.80 [key=min ...]
"""

import json
import sys


def main() -> int:
    name, bars = sys.argv[1], [a.split("=") for a in sys.argv[2:]]
    lines = [line for line in sys.stdin.read().splitlines() if line.strip()]
    if not lines:
        print(f"gate {name}: FAILED (the eval printed nothing)")
        return 1
    result = json.loads(lines[-1])
    failed = [f"{k}={result.get(k)} < {v}" for k, v in bars if not result.get(k, 0) >= float(v)]
    shown = ", ".join(f"{k}={result.get(k)} (bar {v})" for k, v in bars)
    print(f"gate {name}: {'FAILED ' + '; '.join(failed) if failed else 'ok'} — {shown}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
