using System.Xml;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace AeI.Crm.Web.Tests.OData;

/// <summary>
/// A real OData client reads the feed: ODataLib (Microsoft.OData.Core, the library under Excel's and
/// Power BI's .NET connectors) builds the model from $metadata, then reads Vacancies and Placements
/// page by page with that model, following the next links, as a tool loading the tables would.
/// </summary>
[Collection(SharedApp.Name)]
public sealed class ODataClientTests(CrmAppFactory app)
{
    [Fact]
    public async Task A_client_reads_the_model_then_every_page_of_vacancies_and_placements()
    {
        using var http = await FeedClient.ForAsync(app, DemoUsers.Coordinator);
        var metadata = await http.GetStreamAsync(new Uri("/odata/$metadata", UriKind.Relative));
        using var xml = XmlReader.Create(metadata);
        var model = CsdlReader.Parse(xml);
        var container = model.EntityContainer;
        Assert.Equal(
            ["Activities", "Candidates", "Caseloads", "Companies", "Contacts", "FollowUps", "Placements", "Vacancies"],
            container.EntitySets().Select(s => s.Name).Order(StringComparer.Ordinal));

        var vacancies = await ReadAllAsync(http, model, "Vacancies");
        var placements = await ReadAllAsync(http, model, "Placements");
        Assert.Equal(await app.QueryAsync(db => db.Vacancies.CountAsync()), vacancies.Count);
        Assert.Equal(await app.QueryAsync(db => db.Placements.CountAsync()), placements.Count);
        var first = vacancies.OrderBy(v => (int)v["Id"]!).First();
        var expected = await app.QueryAsync(db => db.Vacancies.OrderBy(v => v.Id).Select(v => new { v.Title, v.OpenedOn }).FirstAsync());
        Assert.Equal(expected.Title, first["Title"]);
        Assert.Equal(expected.OpenedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(first["OpenedOn"], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<List<Dictionary<string, object?>>> ReadAllAsync(HttpClient http, IEdmModel model, string set)
    {
        var entitySet = model.EntityContainer.FindEntitySet(set);
        var rows = new List<Dictionary<string, object?>>();
        Uri? next = new($"/odata/{set}", UriKind.Relative);
        var pages = 0;
        while (next is not null)
        {
            pages++;
            using var response = await http.GetAsync(next);
            response.EnsureSuccessStatusCode();
            var message = new ResponseMessage(await response.Content.ReadAsStreamAsync(), response.Content.Headers.ContentType!.ToString());
            using var reader = new ODataMessageReader((IODataResponseMessageAsync)message, new ODataMessageReaderSettings(), model);
            var feed = await reader.CreateODataResourceSetReaderAsync(entitySet, entitySet.EntityType);
            next = null;
            while (await feed.ReadAsync())
            {
                if (feed.State == ODataReaderState.ResourceEnd && feed.Item is ODataResource resource)
                {
                    rows.Add(resource.Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => (object?)p.Value));
                }
                else if (feed.State == ODataReaderState.ResourceSetEnd && feed.Item is ODataResourceSet { NextPageLink: { } link })
                {
                    next = new Uri(link.PathAndQuery, UriKind.Relative);
                }
            }
        }

        Assert.True(pages >= 1);
        return rows;
    }

    private sealed class ResponseMessage(Stream body, string contentType) : IODataResponseMessageAsync
    {
        private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType, ["OData-Version"] = "4.0" };

        public IEnumerable<KeyValuePair<string, string>> Headers => _headers;

        public int StatusCode { get; set; } = 200;

        public string GetHeader(string headerName) => _headers.TryGetValue(headerName, out var value) ? value : null!;

        public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;

        public Stream GetStream() => body;

        public Task<Stream> GetStreamAsync() => Task.FromResult(body);
    }
}
