using System.ComponentModel.DataAnnotations;
using AeI.Crm.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AeI.Crm.Web.Pages.Account;

[AllowAnonymous]
public class LoginModel(SignInManager<CrmUser> signIn) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email);
        if (user is { IsActive: false })
        {
            ModelState.AddModelError("", "Questo utente è disattivato. Rivolgiti all'amministratore.");
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError("", result.IsLockedOut
            ? "Troppi tentativi falliti: l'accesso è bloccato per 15 minuti."
            : "E-mail o password non corretti.");
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Indica l'e-mail.")]
        [EmailAddress(ErrorMessage = "L'e-mail non è valida.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Indica la password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
