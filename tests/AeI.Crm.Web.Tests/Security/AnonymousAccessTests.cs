using System.Net;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AeI.Crm.Web.Tests.Security;

/// <summary>Every page and endpoint the app maps refuses anonymous callers. The list comes from routing, not from this file.</summary>
[Collection(SharedApp.Name)]
public class AnonymousAccessTests(CrmAppFactory app)
{
    public static IEnumerable<string> ProtectedUrls(CrmAppFactory app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => "/" + string.Join('/', e.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p when p.IsOptional => "",
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
                _ => "",
            })))).TrimEnd('/'))
            .Select(u => u.Length == 0 ? "/" : u)
            .Distinct()
            .OrderBy(u => u, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void The_enumeration_finds_every_feature()
    {
        var urls = ProtectedUrls(app).ToList();
        foreach (var expected in new[] { "/", "/Companies", "/Companies/Details/1", "/Companies/Edit", "/Contacts/Edit", "/Vacancies", "/Vacancies/Details/1", "/Vacancies/Edit", "/Candidates", "/Candidates/Details/1", "/Candidates/Edit", "/Placements", "/Placements/Details/1", "/FollowUps", "/Reports", "/Admin/Users", "/Admin/Caseloads", "/api/lookup/occupations", "/api/lookup/municipalities" })
        {
            Assert.Contains(expected, urls);
        }

        Assert.DoesNotContain("/Account/Login", urls);
    }

    [Fact]
    public async Task Every_protected_url_refuses_an_anonymous_GET_and_POST()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var failures = new List<string>();
        foreach (var url in ProtectedUrls(app))
        {
            var get = await client.GetAsync(new Uri(url, UriKind.Relative));
            using var empty = new FormUrlEncodedContent([]);
            var post = await client.PostAsync(new Uri(url, UriKind.Relative), empty);
            foreach (var (verb, response) in new[] { ("GET", get), ("POST", post) })
            {
                var refused = url.StartsWith("/api/", StringComparison.Ordinal) || url.StartsWith("/odata", StringComparison.Ordinal)
                    ? response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.MethodNotAllowed
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal);
                if (!refused)
                {
                    failures.Add($"{verb} {url}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task The_sign_in_page_is_open_and_carries_an_antiforgery_token()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_is_rejected()
    {
        using var client = await app.SignInAsync(DemoUsers.Account1);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.LegalName"] = "Senza token S.r.l." });
        var response = await client.Http.PostAsync(new Uri("/Companies/Edit", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.QueryAsync(db => Task.FromResult(db.Companies.Any(c => c.LegalName == "Senza token S.r.l."))));
    }
}
