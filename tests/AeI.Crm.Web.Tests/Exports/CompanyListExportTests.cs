using System.IO.Compression;
using System.Net;
using System.Text;
using AeI.Crm.Audit;
using AeI.Crm.Companies;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.Exports;

/// <summary>The company list downloads as filtered, every row, with Italian headers, neutralised cells, and a log entry.</summary>
[Collection(SharedApp.Name)]
public class CompanyListExportTests(CrmAppFactory app)
{
    [Fact]
    public async Task The_filtered_list_downloads_as_csv_and_xlsx_with_every_row_and_cells_that_cannot_run_as_formulas()
    {
        // A name a spreadsheet would run as a formula, in a province few companies share.
        await app.QueryAsync(async db =>
        {
            var anyCompany = await db.Companies.AsNoTracking().OrderBy(c => c.Id).FirstAsync();
            db.Companies.Add(new Company { LegalName = "=HYPERLINK(\"http://x\";\"Esportazione\")", MunicipalityIstat = "015146", AccountManagerId = anyCompany.AccountManagerId });
            return await db.SaveChangesAsync();
        });
        using var am = await app.SignInAsync(DemoUsers.Account1);

        var csv = await am.GetAsync("/Companies?handler=Export&format=csv&Q=HYPERLINK");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("attachment; filename=\"aziende-", csv.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Ragione sociale;P. IVA;Comune;Provincia;Stato;", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines[1..]);
        Assert.StartsWith("\"'=HYPERLINK(", row, StringComparison.Ordinal);

        // Every row of the filter, not one page of 50.
        var milan = await app.QueryAsync(db => db.Companies.CountAsync(c => c.Municipality!.ProvinceCode == "MI"));
        Assert.True(milan > 50, $"{milan} companies in MI");
        var all = await am.GetAsync("/Companies?handler=Export&format=csv&Province=MI");
        var allLines = Encoding.UTF8.GetString((await all.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(milan, allLines.Length - 1);

        var xlsx = await am.GetAsync("/Companies?handler=Export&format=xlsx&Q=HYPERLINK");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var zip = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = await sheet.ReadToEndAsync();
        Assert.Contains("Ragione sociale", xml, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK(", WebUtility.HtmlDecode(xml), StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await am.GetAsync("/Companies?handler=Export&format=pdf")).StatusCode);

        var log = await app.QueryAsync(db => db.AuditEntries.Where(a => a.Action == AuditActions.Export && a.Target.StartsWith("aziende.")).Select(a => new { a.Target, a.Detail }).ToListAsync());
        Assert.Contains(log, l => l.Target == "aziende.csv" && l.Detail == $"province=MI; rows={milan}");
        Assert.Contains(log, l => l.Target == "aziende.xlsx" && l.Detail == "q=HYPERLINK; rows=1");
    }
}
