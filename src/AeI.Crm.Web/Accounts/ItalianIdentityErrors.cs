using Microsoft.AspNetCore.Identity;

namespace AeI.Crm.Web.Accounts;

/// <summary>Identity's messages in Italian, for the user forms and the password page.</summary>
public sealed class ItalianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"L'utente {userName} esiste già." };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"L'indirizzo {email} è già usato da un altro utente." };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"L'indirizzo e-mail {email} non è valido." };

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"La password deve avere almeno {length} caratteri." };

    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "La password deve contenere almeno una cifra." };

    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "La password deve contenere almeno una lettera minuscola." };

    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "La password deve contenere almeno una lettera maiuscola." };

    public override IdentityError PasswordRequiresNonAlphanumeric() => new() { Code = nameof(PasswordRequiresNonAlphanumeric), Description = "La password deve contenere almeno un simbolo." };

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"La password deve contenere almeno {uniqueChars} caratteri diversi." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "La password attuale non è corretta." };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Il codice non è più valido: riprova." };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "L'utente è stato modificato da qualcun altro nel frattempo: ricarica la pagina." };

    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Operazione non riuscita." };
}
