"""The form of a period id, for the model (model.PeriodId) and for core/periods.py alike.

`<number>/<year>` in ASCII digits, the number without a leading zero (`1/2024`, never
`01/2024`): one period has one id. 0 passes the form so that `period open 0/2025` is told
that rounds count from 1.
"""

from __future__ import annotations

PERIOD_PATTERN = r"^(0|[1-9][0-9]?)/[0-9]{4}$"
