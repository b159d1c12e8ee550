"""The policy file: a whole barometer definition as TOML, versioned and validated.

One file holds a policy (name, adoption date, first and last year), its
focus areas, goals and indicators with their metadata, the areas (the
municipality itself, the country and comparison municipalities), the
committees and their action plans. `db init --policy FILE` creates a
database from it and `policy export` writes one, so one municipality can
hand its setup to another. database/seed/policy_2011.toml (Copenhagen) and
database/seed/policy_template.toml (empty, with comments) are examples.

`reading.parse` returns the file's data as plain dicts and lists, with every
default filled in, after checking every field; a problem raises
ValidationError naming the line and the field. `writing.to_toml` writes such
data back; parse(to_toml(data)) == data.

The modules: fields (the format: sections, fields, kinds, defaults),
field_lines (where a field is in the text, for messages), checker (one
field's or section's checks), reading (parse: syntax, fields, references),
writing (to_toml) and own_municipality (the barometer's own municipality and
the definition a first start creates). Plain Python: storage/policy_definition.py
loads and exports the data.
"""
