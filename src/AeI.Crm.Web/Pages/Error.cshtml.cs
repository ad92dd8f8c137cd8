using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Pages;

/// <summary>The app's own page for errors and for status codes without a body (404, 400, 403...).</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? status) => Describe(status ?? Response.StatusCode);

    public void OnPost(int? status) => Describe(status ?? Response.StatusCode);

    private void Describe(int status)
    {
        (Title, Explanation) = status switch
        {
            404 => ("Pagina non trovata", "La pagina o la scheda cercata non esiste, oppure non è tra quelle che puoi vedere."),
            400 => ("Richiesta non valida", "I dati inviati non sono validi o il modulo è scaduto. Ricarica la pagina e riprova."),
            403 => ("Accesso non consentito", "Il tuo ruolo non permette questa operazione."),
            405 => ("Operazione non consentita", "Questa pagina non accetta l'operazione richiesta."),
            _ => ("Qualcosa è andato storto", "L'operazione non è riuscita e nulla è stato salvato a metà. Riprova; se il problema resta, avvisa l'amministratore."),
        };
        if (status is >= 400 and < 600 && Response.StatusCode == 200)
        {
            Response.StatusCode = status;
        }
    }
}
