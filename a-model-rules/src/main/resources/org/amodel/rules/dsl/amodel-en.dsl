# a-model's rule sentences in English. A .dslr file names it with: expander amodel-en.dsl;
# Each line: [when] or [then] or [keyword], the sentence (a regular expression with {slots}), "=", the DRL.
# Listed in docs/rule-sets.md, "Rules in sentences". A sentence is tried on each line in the order below.

# ---- a rule's id, severity and basis, written under its name
[keyword]Rule\s+id\s+{id:[A-Z][A-Z0-9_]*}=@id({id})
[keyword]Severity\s+violation=@severity(VIOLATION)
[keyword]Severity\s+warning=@severity(WARNING)
[keyword]Severity\s+notice=@severity(NOTICE)
[keyword]Basis\s+from\s+parameter\s+{key:[a-z][A-Za-z0-9.]*}=@basisFrom("{key}")
[keyword]Basis\s+"{basis}"=@basis("{basis}")

# ---- the service station: its size and its posts (STATION_SIZE, STATION_POSTS)
[when]The\s+station\s+has\s+fewer\s+than\s+parameter\s+{min:[a-z][A-Za-z0-9.]*}\s+or\s+more\s+than\s+parameter\s+{max:[a-z][A-Za-z0-9.]*}\s+people=$s : ServiceStation( ( params.has("{min}") && size() < params.integer("{min}") ) || ( params.has("{max}") && size() > params.integer("{max}") ) )
[when]The\s+station\s+has\s+fewer\s+than\s+{min:\d+}\s+or\s+more\s+than\s+{max:\d+}\s+people=$s : ServiceStation( size() < {min} || size() > {max} )
[when]The\s+station\s+has\s+fewer\s+than\s+parameter\s+{min:[a-z][A-Za-z0-9.]*}\s+people=$s : ServiceStation( ( params.has("{min}") && size() < params.integer("{min}") ) )
[when]The\s+station\s+has\s+fewer\s+than\s+{min:\d+}\s+people=$s : ServiceStation( size() < {min} )
[when]The\s+station\s+has\s+more\s+than\s+parameter\s+{max:[a-z][A-Za-z0-9.]*}\s+people=$s : ServiceStation( ( params.has("{max}") && size() > params.integer("{max}") ) )
[when]The\s+station\s+has\s+more\s+than\s+{max:\d+}\s+people=$s : ServiceStation( size() > {max} )
[when]The\s+station\s+has\s+fewer\s+than\s+parameter\s+{min:[a-z][A-Za-z0-9.]*}\s+or\s+more\s+than\s+parameter\s+{max:[a-z][A-Za-z0-9.]*}\s+heads=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.HEAD).size() < params.integer("{min}") ) || ( params.has("{max}") && appointments(StationPost.HEAD).size() > params.integer("{max}") ) )
[when]The\s+station\s+has\s+fewer\s+than\s+{min:\d+}\s+or\s+more\s+than\s+{max:\d+}\s+heads=$s : ServiceStation( appointments(StationPost.HEAD).size() < {min} || appointments(StationPost.HEAD).size() > {max} )
[when]The\s+station\s+has\s+fewer\s+than\s+parameter\s+{min:[a-z][A-Za-z0-9.]*}\s+heads=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.HEAD).size() < params.integer("{min}") ) )
[when]The\s+station\s+has\s+fewer\s+than\s+{min:\d+}\s+heads=$s : ServiceStation( appointments(StationPost.HEAD).size() < {min} )
[when]The\s+station\s+has\s+more\s+than\s+parameter\s+{max:[a-z][A-Za-z0-9.]*}\s+heads=$s : ServiceStation( ( params.has("{max}") && appointments(StationPost.HEAD).size() > params.integer("{max}") ) )
[when]The\s+station\s+has\s+more\s+than\s+{max:\d+}\s+heads=$s : ServiceStation( appointments(StationPost.HEAD).size() > {max} )
[when]The\s+station\s+has\s+fewer\s+than\s+parameter\s+{min:[a-z][A-Za-z0-9.]*}\s+or\s+more\s+than\s+parameter\s+{max:[a-z][A-Za-z0-9.]*}\s+deputy\s+heads=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.DEPUTY_HEAD).size() < params.integer("{min}") ) || ( params.has("{max}") && appointments(StationPost.DEPUTY_HEAD).size() > params.integer("{max}") ) )
[when]The\s+station\s+has\s+fewer\s+than\s+{min:\d+}\s+or\s+more\s+than\s+{max:\d+}\s+deputy\s+heads=$s : ServiceStation( appointments(StationPost.DEPUTY_HEAD).size() < {min} || appointments(StationPost.DEPUTY_HEAD).size() > {max} )
[when]The\s+station\s+has\s+fewer\s+than\s+parameter\s+{min:[a-z][A-Za-z0-9.]*}\s+deputy\s+heads=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.DEPUTY_HEAD).size() < params.integer("{min}") ) )
[when]The\s+station\s+has\s+fewer\s+than\s+{min:\d+}\s+deputy\s+heads=$s : ServiceStation( appointments(StationPost.DEPUTY_HEAD).size() < {min} )
[when]The\s+station\s+has\s+more\s+than\s+parameter\s+{max:[a-z][A-Za-z0-9.]*}\s+deputy\s+heads=$s : ServiceStation( ( params.has("{max}") && appointments(StationPost.DEPUTY_HEAD).size() > params.integer("{max}") ) )
[when]The\s+station\s+has\s+more\s+than\s+{max:\d+}\s+deputy\s+heads=$s : ServiceStation( appointments(StationPost.DEPUTY_HEAD).size() > {max} )
[when]The\s+station\s+has\s+fewer\s+than\s+parameter\s+{min:[a-z][A-Za-z0-9.]*}\s+or\s+more\s+than\s+parameter\s+{max:[a-z][A-Za-z0-9.]*}\s+staff=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.STAFF).size() < params.integer("{min}") ) || ( params.has("{max}") && appointments(StationPost.STAFF).size() > params.integer("{max}") ) )
[when]The\s+station\s+has\s+fewer\s+than\s+{min:\d+}\s+or\s+more\s+than\s+{max:\d+}\s+staff=$s : ServiceStation( appointments(StationPost.STAFF).size() < {min} || appointments(StationPost.STAFF).size() > {max} )
[when]The\s+station\s+has\s+fewer\s+than\s+parameter\s+{min:[a-z][A-Za-z0-9.]*}\s+staff=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.STAFF).size() < params.integer("{min}") ) )
[when]The\s+station\s+has\s+fewer\s+than\s+{min:\d+}\s+staff=$s : ServiceStation( appointments(StationPost.STAFF).size() < {min} )
[when]The\s+station\s+has\s+more\s+than\s+parameter\s+{max:[a-z][A-Za-z0-9.]*}\s+staff=$s : ServiceStation( ( params.has("{max}") && appointments(StationPost.STAFF).size() > params.integer("{max}") ) )
[when]The\s+station\s+has\s+more\s+than\s+{max:\d+}\s+staff=$s : ServiceStation( appointments(StationPost.STAFF).size() > {max} )

# ---- recruitment: age on the reference date (RECRUIT_AGE), education (RECRUIT_EDUCATION)
[when]A\s+station\s+member\s+was\s+older\s+than\s+parameter\s+{key:[a-z][A-Za-z0-9.]*}\s+on\s+the\s+recruitment\'s\s+reference\s+date=$m : StationMember( params.hasOn("{key}", recruitedOn()) && !recruitedOn().isBefore(person().birthDate()) && person().ageOn(recruitedOn()) > params.integerOn("{key}", recruitedOn()) )
[when]A\s+station\s+member\s+was\s+older\s+than\s+{max:\d+}\s+on\s+the\s+recruitment\'s\s+reference\s+date=$m : StationMember( !recruitedOn().isBefore(person().birthDate()) && person().ageOn(recruitedOn()) > {max} )
[when]A\s+station\s+member\s+has\s+less\s+education\s+than\s+parameter\s+{key:[a-z][A-Za-z0-9.]*}=$m : StationMember( params.hasOn("{key}", recruitedOn()) && !person().education().isAtLeast(params.educationOn("{key}", recruitedOn())) )
[when]less\s+education\s+than\s+primary\s+school=less education than PRIMARY
[when]less\s+education\s+than\s+junior\s+secondary=less education than JUNIOR_SECONDARY
[when]less\s+education\s+than\s+senior\s+secondary=less education than SENIOR_SECONDARY
[when]less\s+education\s+than\s+college=less education than COLLEGE
[when]less\s+education\s+than\s+bachelor's\s+degree=less education than BACHELOR
[when]less\s+education\s+than\s+master's\s+degree=less education than MASTER
[when]less\s+education\s+than\s+doctorate=less education than DOCTORATE
[when]A\s+station\s+member\s+has\s+less\s+education\s+than\s+{level:[A-Z_]+}=$m : StationMember( !person().education().isAtLeast(EducationLevel.{level}) )

# ---- what a rule reports
[then]Report\s+the\s+station's\s+size=findings.station(drools, $s, "服务站现有" + $s.size() + "人", "station has " + $s.size() + " people");
[then]Report\s+the\s+station's\s+posts=findings.station(drools, $s, "服务站现有站长" + $s.appointments(StationPost.HEAD).size() + "人,副站长" + $s.appointments(StationPost.DEPUTY_HEAD).size() + "人,工作人员" + $s.appointments(StationPost.STAFF).size() + "人", "station has " + $s.appointments(StationPost.HEAD).size() + " heads, " + $s.appointments(StationPost.DEPUTY_HEAD).size() + " deputy heads and " + $s.appointments(StationPost.STAFF).size() + " staff");
[then]Report\s+the\s+member's\s+age=findings.citingOn($m.recruitedOn()).person(drools, $m.person().id(), $m.post(), $m.person().name() + "在" + $m.recruitedOn() + "(招聘基准日)年满" + $m.person().ageOn($m.recruitedOn()) + "周岁", $m.person().name() + " was " + $m.person().ageOn($m.recruitedOn()) + " on " + $m.recruitedOn() + " (the recruitment's reference date)");
[then]Report\s+the\s+member's\s+education=findings.citingOn($m.recruitedOn()).person(drools, $m.person().id(), $m.post(), $m.person().name() + "文化程度为" + $m.person().education().nameZh(), $m.person().name() + " has " + $m.person().education().nameEn() + " education");
