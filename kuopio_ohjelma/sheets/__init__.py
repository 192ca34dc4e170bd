"""Spreadsheet round trip: export a workbook per responsible body, import the answers back."""
