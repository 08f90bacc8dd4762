using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Postgres;

/// <summary>The PostgreSQL flavour, chosen with <c>Storage:Provider = Postgres</c>.</summary>
public sealed class PostgresDanVanDbContext(DbContextOptions<PostgresDanVanDbContext> options) : DanVanDbContext(options);
