using System.Text.RegularExpressions;

namespace AeI.Crm.Web.Tests.Security;

/// <summary>
/// The Content-Security-Policy allows styles and scripts from the app's own files only
/// (style-src 'self'; script-src 'self'): anything inline in a view is silently ignored by the browser.
/// </summary>
public partial class ContentSecurityPolicyTests
{
    [Fact]
    public void No_view_has_inline_styles_scripts_or_event_handlers()
    {
        var views = Directory.GetFiles(Path.Combine(PageHandlers.SourceRoot(), "src", "AeI.Crm.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories);
        Assert.NotEmpty(views);
        var offending = views
            .SelectMany(v => File.ReadLines(v).Select((line, i) => (View: Path.GetFileName(Path.GetDirectoryName(v)) + "/" + Path.GetFileName(v), Line: i + 1, Text: line)))
            .Where(l => Inline().IsMatch(l.Text))
            .Select(l => $"{l.View}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [GeneratedRegex("\\sstyle=\"|<style[\\s>]|<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex Inline();
}
