"""Print the SMART scorer's agreement with the labelled corpus, per criterion.

    python benchmarks/smart_agreement.py [-v]     (-v lists every disagreement)
"""

import runpy
import sys
from pathlib import Path

sys.argv[0] = "agreement"
runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "smart" / "agreement.py"), run_name="__main__")
