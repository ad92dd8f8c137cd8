namespace AeI.Crm.Demo;

/// <summary>Names and first languages of people born abroad, for migrants and refugees in the demo.</summary>
internal static class DemoNames
{
    public sealed record Origin(string Language, string[] MaleNames, string[] FemaleNames, string[] Surnames);

    public static IReadOnlyList<Origin> Abroad { get; } =
    [
        new("ar", ["Mohamed", "Youssef", "Ahmed", "Karim", "Omar"], ["Fatima", "Amina", "Salma", "Nadia"], ["El Amrani", "Benali", "Haddad", "Mansour", "Saleh"]),
        new("fr", ["Mamadou", "Ousmane", "Ibrahima", "Moussa"], ["Aminata", "Fatou", "Mariama"], ["Diallo", "Ndiaye", "Traoré", "Diop", "Camara"]),
        new("en", ["Samuel", "Emmanuel", "Daniel", "Godwin"], ["Blessing", "Joy", "Grace", "Faith"], ["Okafor", "Adeyemi", "Mensah", "Osei"]),
        new("ti", ["Yonas", "Tesfay", "Dawit"], ["Selam", "Helen", "Lidia"], ["Tesfamariam", "Ghebre", "Kidane", "Haile"]),
        new("bn", ["Rahim", "Hasan", "Karim"], ["Nasrin", "Shirin"], ["Hossain", "Rahman", "Islam", "Uddin"]),
        new("es", ["Luis", "Carlos", "Jorge"], ["Rosa", "Maria", "Carmen"], ["Quispe", "Flores", "Mendoza", "Huaman"]),
        new("uk", ["Andrii", "Oleksandr"], ["Olena", "Iryna", "Natalia"], ["Shevchenko", "Kovalenko", "Bondarenko"]),
        new("sq", ["Arben", "Ilir"], ["Elira", "Besa"], ["Hoxha", "Krasniqi", "Berisha"]),
        new("ro", ["Ion", "Mihai"], ["Elena", "Ioana"], ["Popescu", "Ionescu", "Dumitru"]),
    ];

    public static IReadOnlyList<string> NilMunicipalities { get; } =
        ["Rho", "Arese", "Cornaredo", "Lainate", "Pero", "Pogliano Milanese", "Pregnana Milanese", "Settimo Milanese", "Vanzago"];

    public static IReadOnlyList<string> SilMunicipalities { get; } =
        ["Magenta", "Arluno", "Bareggio", "Boffalora sopra Ticino", "Casorezzo", "Corbetta", "Marcallo con Casone", "Mesero",
         "Ossona", "Robecco sul Naviglio", "Santo Stefano Ticino", "Sedriano", "Vittuone"];
}
