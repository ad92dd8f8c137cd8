using System.Net;
using System.Text;
using AeI.Crm.Audit;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Exports;

/// <summary>The positions' list downloads as filtered, every row, and is logged.</summary>
[Collection(SharedApp.Name)]
public class VacancyListExportTests(CrmAppFactory app)
{
    [Fact]
    public async Task The_filtered_positions_download_with_every_row_and_the_export_is_logged()
    {
        using var coordinator = await app.SignInAsync(DemoUsers.Coordinator);
        var response = await coordinator.GetAsync("/Vacancies?handler=Export&format=csv&Status=Filled");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Posizione;Azienda;Comune;Stato;Contratto;Posti;Aperta il;Account manager;Candidature", lines[0]);
        var filled = await app.QueryAsync(db => db.Vacancies.CountAsync(v => v.Status == VacancyStatus.Filled));
        Assert.True(filled > 50, $"{filled} filled positions");
        Assert.Equal(filled, lines.Length - 1);
        Assert.All(lines[1..], l => Assert.Contains(";Coperta;", l, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.GetAsync("/Vacancies?handler=Export&format=doc")).StatusCode);
        var log = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.Export && a.Target == "posizioni.csv").Select(a => a.Detail).ToListAsync());
        Assert.Contains($"status=Filled; rows={filled}", log);
    }
}
