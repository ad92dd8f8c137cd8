using System.Globalization;
using System.Net;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Pages.Candidates;

/// <summary>A new person starts with nothing guessed; experiences are rows, saved only when whole.</summary>
[Collection(SharedApp.Name)]
public class PersonFormTests(CrmAppFactory app)
{
    private async Task<Dictionary<string, string>> FormAsync(string lastName)
    {
        var nil = await app.QueryAsync(db => db.Caseloads.Where(c => c.Code == "NIL").Select(c => c.Id).SingleAsync());
        return new()
        {
            ["Input.CaseloadId"] = nil.ToString(CultureInfo.InvariantCulture),
            ["Input.FirstName"] = "Righe",
            ["Input.LastName"] = lastName,
            ["Input.Residence"] = "015182",
            ["Input.MaxCommuteKm"] = "20",
            ["Input.Availability"] = "Any",
            ["Input.Status"] = "Active",
            ["Input.TakenInChargeOn"] = "2026-03-02",
        };
    }

    /// <summary>The experience rows of the form (not the template the "add" button copies).</summary>
    private static int Rows(string html) => System.Text.RegularExpressions.Regex.Count(html, "name=\"Input.ExperienceRows\\[\\d+\\].Role\"");

    [Fact]
    public async Task A_new_person_has_no_birth_year_or_gender_until_the_mediator_gives_them()
    {
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        var blank = await mediator.GetPageAsync("/Candidates/Edit");
        Assert.Matches("<input[^>]*name=\"Input.BirthYear\"[^>]*value=\"\"", blank);
        var gender = System.Text.RegularExpressions.Regex.Match(blank, "<select[^>]*name=\"Input.Gender\".*?</select>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.StartsWith("<select", gender, StringComparison.Ordinal);
        Assert.DoesNotContain("selected", gender, StringComparison.Ordinal);
        Assert.Equal(2, Rows(blank));

        var form = await FormAsync("Senzadati");
        var refused = await mediator.PostFormAsync("/Candidates/Edit", "/Candidates/Edit", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Indica l'anno di nascita.", html, StringComparison.Ordinal);
        Assert.Contains("Scegli il genere (F, M o X).", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Candidates.AnyAsync(c => c.LastName == "Senzadati")));
    }

    [Fact]
    public async Task Experiences_are_saved_from_rows_and_a_row_without_a_role_is_refused_naming_it()
    {
        using var mediator = await app.SignInAsync(DemoUsers.MediatorNil);
        var form = await FormAsync("Conrighe");
        form["Input.BirthYear"] = "1985";
        form["Input.Gender"] = "M";
        form["Input.ExperienceRows[0].Role"] = "Magazziniere";
        form["Input.ExperienceRows[0].Sector"] = "logistica";
        form["Input.ExperienceRows[0].Years"] = "4";
        form["Input.ExperienceRows[0].Description"] = "carico e scarico | inventario";
        form["Input.ExperienceRows[1].Sector"] = "ristorazione";
        form["Input.ExperienceRows[1].Years"] = "0,5";
        var refused = await mediator.PostFormAsync("/Candidates/Edit", "/Candidates/Edit", form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Esperienza 2: indica il ruolo.", html, StringComparison.Ordinal);
        // What was typed stays in the form.
        Assert.Contains("value=\"carico e scarico | inventario\"", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Candidates.AnyAsync(c => c.LastName == "Conrighe")));

        form["Input.ExperienceRows[1].Role"] = "Tirocinio aiuto cuoco";
        form["Input.ExperienceRows[2].Role"] = "";
        var saved = await mediator.PostFormAsync("/Candidates/Edit", "/Candidates/Edit", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var person = await app.QueryAsync(db => db.Candidates.SingleAsync(c => c.LastName == "Conrighe"));
        Assert.Equal(1985, person.BirthYear);
        Assert.Collection(person.Experiences,
            e => { Assert.Equal("Magazziniere", e.Role); Assert.Equal(4m, e.Years); Assert.Equal("carico e scarico | inventario", e.Description); Assert.False(e.WasInternship); },
            e => { Assert.Equal("Tirocinio aiuto cuoco", e.Role); Assert.Equal(0.5m, e.Years); Assert.True(e.WasInternship); });

        var edit = await mediator.GetPageAsync($"/Candidates/Edit/{person.Id}");
        Assert.Contains("value=\"0,5\"", edit, StringComparison.Ordinal);
        Assert.Equal(3, Rows(edit));
    }
}
