using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using CodeExecGen.Generator.Diagnostics;
using CodeExecGen.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeExecGen.Generator.Functions;

/// <summary>
/// Reads one <c>[GeminiFunction]</c> method into a <see cref="FunctionSpec"/>: the function's name and
/// description, each parameter's shape, required or optional, and the return shape. Everything a
/// function tool cannot bind is a CEG2xxx diagnostic at the parameter or method; symbols stay here.
/// </summary>
internal static class FunctionParser
{
    public const string AttributeNamespace = FunctionNames.AttributeNamespace;
    public const string AttributeName = FunctionNames.AttributeName;
    public const string AttributeMetadataName = FunctionNames.AttributeMetadataName;

    /// <summary>The API's rule for function names.</summary>
    public static readonly Regex NameRule = new("^[a-zA-Z_][a-zA-Z0-9_.:-]{0,127}$", RegexOptions.CultureInvariant);

    private const int MaxDepth = 16;

    public static FunctionMethodResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var method = (IMethodSymbol)context.TargetSymbol;
        var containing = method.ContainingType;
        var diagnostics = new List<DiagnosticInfo>();
        var types = new List<ContainingType>();
        var allPartial = true;
        for (var type = containing; type is not null; type = type.ContainingType)
        {
            var syntax = type.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<TypeDeclarationSyntax>().FirstOrDefault();
            allPartial &= syntax?.Modifiers.Any(SyntaxKind.PartialKeyword) == true;
            types.Insert(0, new ContainingType(Keyword(type), type.Name + TypeParameters(type)));
        }

        var ns = containing.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
        var key = containing.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var location = LocationInfo.From(method.Locations.FirstOrDefault() ?? Location.None);
        if (!allPartial)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FunctionClassNotPartial, location, containing.Name));
            return new FunctionMethodResult(ns, types.ToEquatableArray(), key, null, diagnostics.ToEquatableArray(), location);
        }

        var clashes = Clashes(containing, cancellationToken).ToList();
        if (clashes.Count > 0)
        {
            diagnostics.AddRange(clashes);
            return new FunctionMethodResult(ns, types.ToEquatableArray(), key, null, diagnostics.ToEquatableArray(), location);
        }

        var attribute = context.Attributes[0];
        var description = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string : null;
        var name = attribute.NamedArguments.FirstOrDefault(a => a.Key == FunctionNames.NameArgument).Value.Value as string ?? method.Name;
        if (string.IsNullOrWhiteSpace(description))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingFunctionDescription, location, name));
        }

        if (!NameRule.IsMatch(name))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidFunctionName, location, name));
            return new FunctionMethodResult(ns, types.ToEquatableArray(), key, null, diagnostics.ToEquatableArray(), location);
        }

        var ok = true;
        var parameters = new List<FunctionParameterSpec>();
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.ToDisplayString() == "System.Threading.CancellationToken")
            {
                parameters.Add(new FunctionParameterSpec(parameter.Name, parameter.Name, null, false, null, null));
                continue;
            }

            var parameterLocation = LocationInfo.From(parameter.Locations.FirstOrDefault() ?? Location.None);
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedFunctionType, parameterLocation, "Parameter '" + parameter.Name + "'", name, parameter.Type.ToDisplayString(), "ref, out, in and params parameters are not supported"));
                ok = false;
                continue;
            }

            var shape = Shape(parameter.Type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0, out var problem);
            if (shape is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedFunctionType, parameterLocation, "Parameter '" + parameter.Name + "'", name, parameter.Type.ToDisplayString(), problem!));
                ok = false;
                continue;
            }

            var defaultValue = parameter.HasExplicitDefaultValue ? Literal(parameter.ExplicitDefaultValue, parameter.Type) : null;
            parameters.Add(new FunctionParameterSpec(
                parameter.Name,
                parameter.Name,
                shape,
                !parameter.HasExplicitDefaultValue && !shape.IsNullable,
                defaultValue,
                DescriptionOf(parameter)));
        }

        var (returnKind, returnType) = ReturnOf(method.ReturnType);
        ValueShape? returnShape = null;
        if (returnType is not null)
        {
            returnShape = Shape(returnType, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), 0, out var problem);
            if (returnShape is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedFunctionType, location, "The return value", name, method.ReturnType.ToDisplayString(), problem!));
                ok = false;
            }
        }

        if (method.IsGenericMethod)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedFunctionType, location, "The method", name, method.ToDisplayString(), "generic methods are not supported"));
            ok = false;
        }

        var function = ok
            ? new FunctionSpec(method.Name, name, description ?? string.Empty, method.IsStatic, parameters.ToEquatableArray(), returnKind, returnShape)
            : null;
        return new FunctionMethodResult(ns, types.ToEquatableArray(), key, function, diagnostics.ToEquatableArray(), location);
    }

    /// <summary>
    /// CEG2008 for each member of the class, or inherited by it, with a name the generator adds: at the member when
    /// it is in source, else at the class. The generated one would clash with it, or hide it (a warning that
    /// breaks a warnings-as-errors build), inside code the user cannot edit.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> Clashes(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var names = string.Join(", ", FunctionTools.GeneratedMemberNames);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var name in FunctionTools.GeneratedMemberNames)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var member in current.GetMembers(name).Where(m => !m.IsImplicitlyDeclared && (ReferenceEquals(current, type) || m.DeclaredAccessibility != Accessibility.Private)))
                {
                    var where = ReferenceEquals(current, type) ? member.Locations.FirstOrDefault(l => l.IsInSource) : null;
                    var what = (ReferenceEquals(current, type) ? "declares " : "inherits from '" + current.Name + "' ") + (member is INamedTypeSymbol ? "a type" : "a member");
                    yield return DiagnosticInfo.Create(DiagnosticDescriptors.GeneratedMemberClash, LocationInfo.From(where ?? type.Locations.First()), type.Name, what, member.Name, names);
                }
            }
        }
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "partial record struct",
        (true, _) => "partial record",
        (_, TypeKind.Struct) => "partial struct",
        (_, TypeKind.Interface) => "partial interface",
        _ => "partial class",
    };

    private static string TypeParameters(INamedTypeSymbol type) => type.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", type.TypeParameters.Select(t => t.Name)) + ">";

    private static (ReturnKind Kind, ITypeSymbol? Type) ReturnOf(ITypeSymbol type)
    {
        var name = type.OriginalDefinition.ToDisplayString();
        return name switch
        {
            "void" => (ReturnKind.Void, null),
            "System.Threading.Tasks.Task" => (ReturnKind.Task, null),
            "System.Threading.Tasks.ValueTask" => (ReturnKind.ValueTask, null),
            "System.Threading.Tasks.Task<TResult>" => (ReturnKind.TaskOfValue, ((INamedTypeSymbol)type).TypeArguments[0]),
            "System.Threading.Tasks.ValueTask<TResult>" => (ReturnKind.ValueTaskOfValue, ((INamedTypeSymbol)type).TypeArguments[0]),
            _ => (ReturnKind.Value, type),
        };
    }

    /// <summary>The shape of a type, or null with the reason it has none.</summary>
    internal static ValueShape? Shape(ITypeSymbol type, HashSet<ITypeSymbol> visiting, int depth, out string? problem)
    {
        problem = null;
        if (depth > MaxDepth)
        {
            problem = "it nests deeper than " + MaxDepth + " levels";
            return null;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = Shape(nullable.TypeArguments[0], visiting, depth, out problem);
            return inner is null ? null : inner with { IsNullable = true };
        }

        var isNullableReference = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        var plain = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        var typeName = plain.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (ScalarShapes.Find(typeName) is { } scalar)
        {
            return new ValueShape(scalar.Kind, typeName, isNullableReference, type.IsValueType, Minimum: scalar.Minimum, Maximum: scalar.Maximum);
        }

        if (type.SpecialType == SpecialType.System_Object)
        {
            problem = "object says nothing about its JSON; use JsonElement for any JSON";
            return null;
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
                .Select(f => new EnumMemberShape(f.Name, WireNameOf(f) ?? f.Name, System.Convert.ToString(f.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)).ToEquatableArray();
            return new ValueShape(ShapeKind.Enum, typeName, false, true, EnumMembers: members);
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                problem = "only one-dimensional arrays are supported";
                return null;
            }

            var element = Shape(array.ElementType, visiting, depth + 1, out problem);
            return element is null ? null : new ValueShape(ShapeKind.Array, typeName, isNullableReference, false, element);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic && generic.TypeArguments.Length == 1
            && generic.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.List<T>" or "System.Collections.Generic.IList<T>" or "System.Collections.Generic.IReadOnlyList<T>"
                or "System.Collections.Generic.IEnumerable<T>" or "System.Collections.Generic.ICollection<T>" or "System.Collections.Generic.IReadOnlyCollection<T>")
        {
            var element = Shape(generic.TypeArguments[0], visiting, depth + 1, out problem);
            return element is null ? null : new ValueShape(ShapeKind.Array, typeName, isNullableReference, false, element, IsList: true);
        }

        if (type is INamedTypeSymbol named && named.TypeKind is TypeKind.Class or TypeKind.Struct && !named.IsAbstract && !named.IsGenericType
            && named.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal && named.ContainingNamespace?.ToDisplayString().StartsWith("System", StringComparison.Ordinal) != true)
        {
            if (!visiting.Add(named))
            {
                problem = "'" + named.Name + "' contains itself; a recursive type has no finite schema";
                return null;
            }

            var members = ObjectMembers(named, visiting, depth, out problem);
            visiting.Remove(named);
            return members is null ? null : new ValueShape(ShapeKind.Object, typeName, isNullableReference, named.IsValueType, Members: members.Value);
        }

        problem = "it is not a string, number, bool, enum, date, duration, JsonElement, array, list, or a class or record of those";
        return null;
    }

    /// <summary>
    /// The members of a class or record: the parameters of its widest public constructor whose every
    /// parameter names a property, then its other public settable properties.
    /// </summary>
    private static EquatableArray<MemberShape>? ObjectMembers(INamedTypeSymbol type, HashSet<ITypeSymbol> visiting, int depth, out string? problem)
    {
        problem = null;
        var properties = type.GetMembers().OfType<IPropertySymbol>()
            .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && !p.IsIndexer && p.GetMethod is not null && p.Name != "EqualityContract")
            .ToList();
        var constructor = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility == Accessibility.Public && c.Parameters.All(p => properties.Any(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
            .Where(c => !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type))) // a record's copy constructor
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();
        if (constructor is null)
        {
            problem = "'" + type.Name + "' has no public constructor whose parameters are all properties";
            return null;
        }

        var members = new List<MemberShape>();
        foreach (var parameter in constructor.Parameters)
        {
            var property = properties.First(q => string.Equals(q.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            var shape = Shape(parameter.Type, visiting, depth + 1, out problem);
            if (shape is null)
            {
                problem = "property '" + property.Name + "': " + problem;
                return null;
            }

            members.Add(new MemberShape(property.Name, JsonNameOf(property), shape, !parameter.HasExplicitDefaultValue && !shape.IsNullable, DescriptionOf(property) ?? DescriptionOf(parameter), true,
                parameter.HasExplicitDefaultValue ? Literal(parameter.ExplicitDefaultValue, parameter.Type) : null));
        }

        foreach (var property in properties.Where(p => p.SetMethod is { DeclaredAccessibility: Accessibility.Public } && !constructor.Parameters.Any(c => string.Equals(c.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            var shape = Shape(property.Type, visiting, depth + 1, out problem);
            if (shape is null)
            {
                problem = "property '" + property.Name + "': " + problem;
                return null;
            }

            members.Add(new MemberShape(property.Name, JsonNameOf(property), shape, property.IsRequired, DescriptionOf(property), false, null, property.SetMethod!.IsInitOnly));
        }

        return members.ToEquatableArray();
    }

    private static string JsonNameOf(IPropertySymbol property)
        => property.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.Text.Json.Serialization.JsonPropertyNameAttribute")?.ConstructorArguments.FirstOrDefault().Value as string
           ?? char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);

    private static string? WireNameOf(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            switch (attribute.AttributeClass?.ToDisplayString())
            {
                case "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute":
                    return attribute.ConstructorArguments.FirstOrDefault().Value as string;
                case "System.Runtime.Serialization.EnumMemberAttribute":
                    return attribute.NamedArguments.FirstOrDefault(a => a.Key == "Value").Value.Value as string;
            }
        }

        return null;
    }

    private static string? DescriptionOf(ISymbol symbol)
        => symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "System.ComponentModel.DescriptionAttribute")?.ConstructorArguments.FirstOrDefault().Value as string;

    /// <summary>A default value as C#: the compiler already checked it against the type.</summary>
    private static string Literal(object? value, ITypeSymbol type)
    {
        if (value is null)
        {
            return "default";
        }

        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : type;
        if (underlying.TypeKind == TypeKind.Enum)
        {
            var member = underlying.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));
            if (member is not null)
            {
                return underlying.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + member.Name;
            }

            return "(" + underlying.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ")" + SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false);
        }

        var literal = SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false);
        return value switch
        {
            float => literal + "F",
            double d when !literal.Contains('.') && !literal.Contains('E') => literal + "D",
            decimal => literal + "M",
            long => literal + "L",
            ulong => literal + "UL",
            uint => literal + "U",
            _ => literal,
        };
    }
}
