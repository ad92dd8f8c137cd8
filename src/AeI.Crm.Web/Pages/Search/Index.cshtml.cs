using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Pages.Search;

/// <summary>/Search?q=…: everything the user may see that matches, by kind; ?handler=Suggest for the header's results as you type.</summary>
public class IndexModel(GlobalSearch search) : PageModel
{
    public const int PageLimit = 20;
    public const int SuggestLimit = 5;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    public SearchResults Results { get; private set; } = SearchResults.Empty("");

    public bool TooShort => (Q ?? "").Trim().Length is > 0 and < GlobalSearch.MinLength;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Q = Q is { Length: > 200 } ? Q[..200] : Q;
        Results = await search.FindAsync(Q, PageLimit, ct);
    }

    public async Task<IActionResult> OnGetSuggestAsync(CancellationToken ct)
    {
        Q = Q is { Length: > 200 } ? Q[..200] : Q;
        var results = await search.FindAsync(Q, SuggestLimit, ct);
        return new JsonResult(results.All.Select(h => new { h.Kind, kindLabel = KindLabel(h.Kind), h.Label, h.Detail, h.Url, h.CompanyId }));
    }

    public static string KindLabel(string kind) => kind switch
    {
        "company" => "Azienda",
        "contact" => "Referente",
        "vacancy" => "Posizione",
        _ => "Persona",
    };
}
