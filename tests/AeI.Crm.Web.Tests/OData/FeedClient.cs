using System.Net.Http.Headers;
using System.Text.Json;
using AeI.Crm.Users;
using AeI.Crm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Tests.OData;

/// <summary>Reads the feed as a tool does: a Bearer token, no cookie.</summary>
internal static class FeedClient
{
    /// <summary>A token for a demo user, written as the profile page writes it (hash only).</summary>
    public static async Task<(string Secret, int Id)> TokenForAsync(CrmAppFactory app, string email, TimeSpan? lifetime = null, DateTime? createdUtc = null)
    {
        return await app.QueryAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var (token, secret) = AccessToken.Create(userId, "test", createdUtc ?? DateTime.UtcNow, lifetime ?? TimeSpan.FromDays(30));
            db.AccessTokens.Add(token);
            await db.SaveChangesAsync();
            return (secret, token.Id);
        });
    }

    public static HttpClient With(CrmAppFactory app, string secret)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public static async Task<HttpClient> ForAsync(CrmAppFactory app, string email) => With(app, (await TokenForAsync(app, email)).Secret);

    public static async Task<JsonElement> JsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public static List<JsonElement> Rows(this JsonElement page) => page.GetProperty("value").EnumerateArray().ToList();
}
