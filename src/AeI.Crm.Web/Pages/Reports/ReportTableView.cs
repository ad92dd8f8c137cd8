using AeI.Crm.Reports;

namespace AeI.Crm.Web.Pages.Reports;

/// <summary>What the table partial needs: the table, its first column's header and the drill-down links.</summary>
public sealed record ReportTableView(ReportTable Table, int Year, string FirstHeader, Func<ReportTable, ReportRow, int, string?> Drill);
