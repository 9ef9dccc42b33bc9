"""Reports for the head of office: reportlab PDFs (daily, monthly, any range) and spreadsheet
exports of the guest book, tickets and consultation notes. No Qt: the CLI, the scheduler and
the counter's supervisor dialog all call the same builders."""
