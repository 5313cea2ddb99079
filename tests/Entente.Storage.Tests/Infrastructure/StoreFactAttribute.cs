using Xunit.Abstractions;
using Xunit.Sdk;

namespace Entente.Storage.Tests.Infrastructure;

/// <summary>
/// A fact of a store contract, written once in an abstract class and run for each backend. xunit reads a fact's
/// skip reason from the attribute, which the backends share; this one asks the concrete test class instead, so
/// the PostgreSQL subclass can be skipped, with its reason shown, where no server is configured.
/// </summary>
[XunitTestCaseDiscoverer("Entente.Storage.Tests.Infrastructure.StoreFactDiscoverer", "Entente.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Marks a test class whose tests need the PostgreSQL server of <see cref="PostgresEnvironment"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute;

/// <summary>Finds <see cref="StoreFactAttribute"/> tests.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new StoreTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>A test case skipped when its class needs PostgreSQL and none is configured.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    /// <summary>For deserialisation only.</summary>
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase()
    {
    }

    /// <summary>Creates the test case.</summary>
    public StoreTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(diagnostics, display, options, method)
    {
    }

    /// <inheritdoc />
    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        TestMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute)).Any()
            ? PostgresEnvironment.SkipReason
            : base.GetSkipReason(factAttribute);
}
