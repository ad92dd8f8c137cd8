using Bogus;

namespace AeI.Crm.Demo;

internal static class FakerExtensions
{
    /// <summary>Bogus binds a read-only list to its params overload; this picks one element of it.</summary>
    public static T PickOne<T>(this Faker faker, IReadOnlyList<T> items) => items[faker.Random.Int(0, items.Count - 1)];
}
