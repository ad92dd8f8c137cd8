using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AeI.Crm.EndToEnd.Tests;

/// <summary>
/// The main pages of each role checked with axe-core in the browser (WCAG 2.1 A and AA rules): no
/// serious or critical violation; and no inline style or script in the markup the server sends,
/// which our Content-Security-Policy would block (a form stretched to full width was the symptom),
/// nor any CSP violation the browser reports while the page runs. Styles that scripts set through
/// the CSSOM (Chart.js sizes its canvas so) are allowed by CSP and not counted.
/// </summary>
[Collection(SharedBrowser.Name)]
[Trait("Category", "EndToEnd")]
public partial class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string[] Roles = ["account1@demo.local", "mediatore.celav@demo.local", "coordinatore@demo.local", "admin@demo.local"];

    [Fact]
    public async Task The_main_pages_have_no_serious_accessibility_violation_and_no_inline_style_or_script()
    {
        var problems = new List<string>();
        var checkedPages = 0;
        foreach (var email in Roles)
        {
            var page = await browser.SignInAsync(email);
            var cspViolations = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    cspViolations.Add(message.Text);
                }
            };
            foreach (var url in await PagesOfAsync(page, email))
            {
                cspViolations.Clear();
                var response = await page.GotoAsync(url);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                checkedPages++;
                var result = await page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                });
                foreach (var v in result.Violations.Where(v => v.Impact is "serious" or "critical"))
                {
                    problems.Add($"{email} {url}: {v.Impact} {v.Id} ({v.Nodes.Length}×) {v.Nodes.First().Target}");
                }

                var html = await response!.TextAsync();
                foreach (Match m in InlineStyle().Matches(html))
                {
                    problems.Add($"{email} {url}: inline {m.Value[..Math.Min(60, m.Value.Length)]}");
                }

                problems.AddRange(cspViolations.Select(text => $"{email} {url}: CSP {text[..Math.Min(120, text.Length)]}"));
            }

            await page.Context.CloseAsync();
        }

        output.WriteLine($"axe: {checkedPages} pages checked (4 roles), {problems.Count} serious or critical violations or inline styles/scripts");
        problems.ForEach(output.WriteLine);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IReadOnlyList<string>> PagesOfAsync(IPage page, string email)
    {
        var pages = new List<string> { "/", "/Companies", "/Vacancies", "/FollowUps", "/Reports", "/Search?q=rossi", "/Account/Profile" };
        if (email.StartsWith("account", StringComparison.Ordinal))
        {
            await page.GotoAsync("/Companies");
            pages.Add(await page.GetByTestId("company-table").Locator("tbody td:first-child a").First.GetAttributeAsync("href") ?? "/");
            pages.Add("/Companies/Edit");
            pages.Add("/Imports");
        }

        if (email.StartsWith("mediatore", StringComparison.Ordinal))
        {
            await page.GotoAsync("/Candidates");
            var person = await page.Locator("a[href^='/Candidates/Details/']").First.GetAttributeAsync("href");
            pages.AddRange(["/Candidates", person!, person!.Replace("/Details/", "/Match/", StringComparison.Ordinal), "/Placements", "/Candidates/Edit", "/Imports"]);
            await page.GotoAsync("/Placements");
            pages.Add(await page.Locator("a[href^='/Placements/Details/']").First.GetAttributeAsync("href") ?? "/");
            await page.GotoAsync("/Vacancies?Status=Open");
            var vacancy = await page.Locator("a[href^='/Vacancies/Details/']").First.GetAttributeAsync("href") ?? "/";
            pages.AddRange([vacancy, vacancy.Replace("/Details/", "/Match/", StringComparison.Ordinal)]);
        }

        if (email.StartsWith("admin", StringComparison.Ordinal))
        {
            pages.AddRange(["/Admin/Users", "/Admin/Caseloads", "/Admin/Notifications"]);
            pages.RemoveAll(p => p is "/FollowUps");
        }

        return pages;
    }

    // style="…" anywhere, a <script> without src, an on…= handler.
    [GeneratedRegex("""\sstyle\s*=\s*["']|<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+\s*=\s*["']""", RegexOptions.IgnoreCase)]
    private static partial Regex InlineStyle();
}
