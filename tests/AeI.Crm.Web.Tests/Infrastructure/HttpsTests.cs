using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AeI.Crm.Web.Tests.Infrastructure;

/// <summary>Over HTTPS (directly or through a trusted proxy) cookies are Secure and browsers are told to stay on HTTPS.</summary>
[Collection(SharedApp.Name)]
public class HttpsTests(CrmAppFactory app)
{
    [Fact]
    public async Task An_https_request_gets_hsts_and_secure_cookies()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://crm.coop.example"), AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_plain_http_request_gets_neither()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://crm.coop.example"), AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
