using System.Reflection;

namespace Entente.Architecture.Tests;

/// <summary>
/// A library's public type has a reason to be public: another project of src uses it, or it is part of the public
/// signature of a type that has one (a property's type, a parameter's, a base type), or it is on the short list
/// below with its reason. Anything else should be internal (tests see internals through InternalsVisibleTo).
/// </summary>
public sealed class PublicSurfaceTests
{
    /// <summary>
    /// Public for a stated reason though no project of src uses it: a full name, or a namespace (ending in '.') or a
    /// name suffix (starting with '*') that covers several.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["Entente.Application.ServiceCollectionExtensions"] = "the registration a host (the CLI, the web app) calls; an extension class is not named at the call",
        ["Entente.Application.Bench.EumRounds"] = "the BenchmarkDotNet suite's handle on the engine (bench/ is not a project of src)",
        ["*Options"] = "a model's typed options record: the documented way to build and configure a model in code (README: options record + internal model)",
        ["Entente.Models.Diplomacy."] = "the diplomacy layer's engine, under active development in its own issue; its surface is reviewed when that work settles",
        ["Entente.Web.Ui."] = "the web app's Razor components: the Razor compiler makes every component public, and the router finds them by reflection",
        ["Entente.Formats.Strategic."] = "the diplomacy layer's version-1 mapping, under active development in its own issue",
    };

    private static bool IsAllowed(string name) => Allowed.Keys.Any(key =>
        key.StartsWith('*') ? name.EndsWith(key[1..], StringComparison.Ordinal)
        : key.EndsWith('.') ? name.StartsWith(key, StringComparison.Ordinal)
        : name == key);

    public static TheoryData<string> Libraries => [.. Layers.Libraries];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Every_public_type_of_a_library_has_a_reason_to_be_public(string library)
    {
        var unused = Unjustified(library).ToList();

        Assert.True(unused.Count == 0, $"{library}: public types no other project of src uses, nor any used type exposes; make them internal or list them with a reason: {string.Join(", ", unused)}");
    }

    [Fact]
    public void The_check_finds_a_public_type_nothing_uses()
    {
        // A type of this test project stands for a library's: nothing in src uses it.
        var types = new[] { typeof(Unused) };

        Assert.Equal(["Entente.Architecture.Tests.PublicSurfaceTests+Unused"], Unjustified(types, new HashSet<string>(StringComparer.Ordinal)).ToList());
    }

    public sealed class Unused
    {
    }

    private static IEnumerable<string> Unjustified(string library)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in Layers.Allowed.Keys.Where(p => p != library))
        {
            used.UnionWith(Repository.Read(other, reader => reader.TypeReferences
                .Where(h => MetadataNames.AssemblyOf(reader, h) == library)
                .Select(h => MetadataNames.Of(reader, h)).ToList()));
        }
        var types = Repository.Load(library).GetExportedTypes();
        return Unjustified(types, used);
    }

    private static IEnumerable<string> Unjustified(IReadOnlyList<Type> types, HashSet<string> used)
    {
        var justified = new HashSet<Type>(types.Where(t => used.Contains(Name(t)) || IsAllowed(Name(t))));
        // Close over signatures: a used type's public members make the types they mention public too.
        var pending = new Queue<Type>(justified);
        while (pending.TryDequeue(out var type))
        {
            foreach (var mentioned in Mentioned(type).Where(t => types.Contains(t) && justified.Add(t)))
            {
                pending.Enqueue(mentioned);
            }
        }
        return types.Where(t => !justified.Contains(t)).Select(Name).Order(StringComparer.Ordinal);
    }

    private static string Name(Type type) => type.FullName!;

    private static IEnumerable<Type> Mentioned(Type type)
    {
        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type>();
        if (type.BaseType is { } b) direct.Add(b);
        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetNestedTypes(BindingFlags.Public));
        if (type.DeclaringType is { } d) direct.Add(d);
        direct.AddRange(type.GetFields(Public).Select(f => f.FieldType));
        direct.AddRange(type.GetProperties(Public).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(Public).Cast<MethodBase>().Concat(type.GetConstructors(Public)))
        {
            if (method is MethodInfo m) direct.Add(m.ReturnType);
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
        }
        if (type.IsGenericType) direct.AddRange(type.GetGenericArguments());
        return direct.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.IsGenericType ? [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(Unwrap)] : [type];
    }
}
