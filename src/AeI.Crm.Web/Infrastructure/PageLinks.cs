namespace AeI.Crm.Web.Infrastructure;

/// <summary>Paging state for a list: the page shown and how to link to another one.</summary>
public sealed record PageLinks(int Page, int TotalPages, Func<int, string> UrlFor)
{
    public static int Pages(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
