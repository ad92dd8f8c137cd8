using System.Globalization;
using System.Net;
using System.Text;

namespace AeI.Crm.Notifications.Digests;

/// <summary>
/// The Italian text of a digest, as HTML and as plain text. What it may say is fixed here: the
/// subject a user gave the follow-up, the due date, the company's name, the position's title, at
/// most a person's initials, and links into the app. Never notes, names of people, categories.
/// </summary>
public static class DigestMessage
{
    /// <summary>A digest lists at most this many items; the rest are one link away.</summary>
    public const int MaxItems = 50;

    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static string Subject(DateOnly day, int count, int overdue) =>
        overdue > 0
            ? $"Le tue attività di {day.ToString("dddd d MMMM", Italian)}: {count} da fare, {overdue} scadute"
            : $"Le tue attività di {day.ToString("dddd d MMMM", Italian)}: {count} da fare";

    public static (string Html, string Text) Body(string fullName, DateOnly day, IReadOnlyList<DigestItem> items, Uri app)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new Uri(app, "FollowUps");
        var shown = items.Take(MaxItems).ToList();
        var html = new StringBuilder();
        var text = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>Le tue attività</title></head><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">");
        html.Append(CultureInfo.InvariantCulture, $"<p>Buongiorno {E(fullName)},</p><p>ecco le attività da fare entro oggi, {E(day.ToString("dddd d MMMM yyyy", Italian))}.</p>");
        html.Append("<table cellpadding=\"6\" cellspacing=\"0\" border=\"1\" style=\"border-collapse:collapse;border-color:#ccc\"><thead><tr><th align=\"left\">Entro il</th><th align=\"left\">Attività</th><th align=\"left\">Riguarda</th></tr></thead><tbody>");
        text.Append(CultureInfo.InvariantCulture, $"Buongiorno {fullName},\n\necco le attività da fare entro oggi, {day.ToString("dddd d MMMM yyyy", Italian)}.\n\n");
        foreach (var item in shown)
        {
            var overdue = item.DueOn < day;
            var due = item.DueOn.ToString("dd/MM/yyyy", Italian) + (overdue ? " (scaduta)" : "");
            var about = About(item, app);
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(due)}</td><td>{E(item.Subject)}</td><td>{string.Join(" · ", about.Select(a => $"<a href=\"{E(a.Link.AbsoluteUri)}\">{E(a.Label)}</a>"))}</td></tr>");
            text.Append(CultureInfo.InvariantCulture, $"- {due}: {item.Subject}");
            foreach (var a in about)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n  {a.Label}: {a.Link.AbsoluteUri}");
            }

            text.Append('\n');
        }

        html.Append("</tbody></table>");
        if (items.Count > shown.Count)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>… e altre {items.Count - shown.Count} attività.</p>");
            text.Append(CultureInfo.InvariantCulture, $"… e altre {items.Count - shown.Count} attività.\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{E(list.AbsoluteUri)}\">Apri Le mie attività</a></p>");
        html.Append("<p style=\"color:#666;font-size:12px\">Ricevi questo riepilogo nei giorni lavorativi. Puoi cambiare le notifiche dal tuo profilo.</p></body></html>");
        text.Append(CultureInfo.InvariantCulture, $"\nLe mie attività: {list.AbsoluteUri}\n\nRicevi questo riepilogo nei giorni lavorativi. Puoi cambiare le notifiche dal tuo profilo.\n");
        return (html.ToString(), text.ToString());
    }

    /// <summary>The links an item names: company, position, person (initials) or candidacy.</summary>
    internal static List<(string Label, Uri Link)> About(DigestItem item, Uri app)
    {
        var about = new List<(string, Uri)>();
        if (item.CompanyId is { } c)
        {
            about.Add((item.CompanyName ?? "Azienda", new Uri(app, $"Companies/Details/{c}")));
        }

        if (item.VacancyId is { } v)
        {
            about.Add(($"Posizione: {item.VacancyTitle}", new Uri(app, $"Vacancies/Details/{v}")));
        }

        if (item.PlacementId is { } p)
        {
            about.Add(($"Candidatura {item.PersonInitials}".TrimEnd(), new Uri(app, $"Placements/Details/{p}")));
        }
        else if (item.CandidateId is { } person)
        {
            about.Add(($"Persona {item.PersonInitials}".TrimEnd(), new Uri(app, $"Candidates/Details/{person}")));
        }

        if (about.Count == 0)
        {
            about.Add(("Le mie attività", new Uri(app, "FollowUps")));
        }

        return about;
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
