using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage;

/// <summary>
/// The provider-neutral model. Every table is configured here once, with CLR types only
/// (no column type names), so the SQLite, PostgreSQL and SQL Server subclasses share one model and differ
/// only in their connection setup, their own generated migrations and (SQL Server) a few documented
/// departures.
/// </summary>
public abstract class DanVanDbContext(DbContextOptions options) : DbContext(options)
{
    internal DbSet<ConversationReferenceEntity> ConversationReferences => Set<ConversationReferenceEntity>();
    internal DbSet<OrganisationEntity> Organisations => Set<OrganisationEntity>();
    internal DbSet<UnitEntity> Units => Set<UnitEntity>();
    internal DbSet<PlanEntity> Plans => Set<PlanEntity>();
    internal DbSet<ObligationEntity> Obligations => Set<ObligationEntity>();
    internal DbSet<ObligationUnitEntity> ObligationUnits => Set<ObligationUnitEntity>();
    internal DbSet<OccurrenceEntity> Occurrences => Set<OccurrenceEntity>();
    internal DbSet<ReportEntity> Reports => Set<ReportEntity>();
    internal DbSet<ReportRevisionEntity> ReportRevisions => Set<ReportRevisionEntity>();
    internal DbSet<ReportReturnEntity> ReportReturns => Set<ReportReturnEntity>();
    internal DbSet<ReportAttachmentEntity> ReportAttachments => Set<ReportAttachmentEntity>();
    internal DbSet<ReportConsolidationEntity> ReportConsolidations => Set<ReportConsolidationEntity>();
    internal DbSet<PersonEntity> People => Set<PersonEntity>();
    internal DbSet<MembershipEntity> Memberships => Set<MembershipEntity>();
    internal DbSet<JoinRequestEntity> JoinRequests => Set<JoinRequestEntity>();
    internal DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();
    internal DbSet<NudgeEntity> Nudges => Set<NudgeEntity>();
    internal DbSet<NudgeUnreachableEntity> NudgeUnreachable => Set<NudgeUnreachableEntity>();
    internal DbSet<NudgeMuteEntity> NudgeMutes => Set<NudgeMuteEntity>();
    internal DbSet<JobRunEntity> JobRuns => Set<JobRunEntity>();

    /// <summary>Provider-specific work that must happen before migrations run (e.g. SQLite's WAL mode).</summary>
    internal virtual Task PrepareDatabaseAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Waits for this database's write turn, where the provider needs one (SQLite: a single writer); null where the
    /// server arbitrates writers itself. Held from before a transaction begins until it has ended.
    /// </summary>
    internal virtual ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    /// <summary>Applies the missing migrations under EF Core's migration lock (and, where needed, one of our own).</summary>
    internal virtual Task MigrateAsync(CancellationToken cancellationToken) => Database.MigrateAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DanVanDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Npgsql only writes UTC offsets to timestamptz and reads them back as UTC; SQLite keeps
        // whatever offset it gets as text. Normalising to UTC on the way in makes every provider
        // round-trip the same value (same instant, offset 00:00).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
