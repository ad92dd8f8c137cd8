using AeI.Crm.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class SearchIndexChangeConfiguration : IEntityTypeConfiguration<SearchIndexChange>
{
    public void Configure(EntityTypeBuilder<SearchIndexChange> builder)
    {
        // No foreign key: the change of a deleted person must outlive the person, so the index drops them.
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.HasIndex(c => c.ChangedUtc);
    }
}
