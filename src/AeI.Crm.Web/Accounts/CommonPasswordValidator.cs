using AeI.Crm.Users;
using Microsoft.AspNetCore.Identity;

namespace AeI.Crm.Web.Accounts;

/// <summary>
/// NIST 800-63B / ASVS 5: no composition rules, but no password from a list of common and breached
/// ones, and none built on the user's own e-mail or name. (Length is Identity's RequiredLength.)
/// </summary>
public sealed class CommonPasswordValidator(CommonPasswords common) : IPasswordValidator<CrmUser>
{
    public const int MaximumLength = 128;

    public Task<IdentityResult> ValidateAsync(UserManager<CrmUser> manager, CrmUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password.Length > MaximumLength)
        {
            return Fail("PasswordTooLong", $"La password può avere al massimo {MaximumLength} caratteri.");
        }

        if (common.Contains(password))
        {
            return Fail("PasswordCommon", "Questa password è tra le più usate o è comparsa in furti di dati: scegline un'altra, ad esempio una frase di quattro parole.");
        }

        if (ContextWords(user).Any(w => password.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return Fail("PasswordPersonal", "La password non può contenere il tuo indirizzo e-mail o il tuo nome.");
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static IEnumerable<string> ContextWords(CrmUser user)
    {
        var local = user.Email?.Split('@')[0];
        if (local is { Length: >= 4 })
        {
            yield return local;
        }

        foreach (var part in user.FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length >= 4)
            {
                yield return part;
            }
        }
    }

    private static Task<IdentityResult> Fail(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));
}
