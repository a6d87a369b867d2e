# a-model 的规则句式(中文)。A .dslr file names it with: expander amodel-zh.dsl;
# Each line: [when] or [then] or [keyword], the sentence (a regular expression with {slots}), "=", the DRL.
# Listed in docs/rule-sets.md, "Rules in sentences". A sentence is tried on each line in the order below.

# ---- a rule's id, severity and basis, written under its name
[keyword]规则编号\s*{id:[A-Z][A-Z0-9_]*}=@id({id})
[keyword]严重程度\s*违规=@severity(VIOLATION)
[keyword]严重程度\s*警告=@severity(WARNING)
[keyword]严重程度\s*提示=@severity(NOTICE)
[keyword]依据参数\s*{key:[a-z][A-Za-z0-9.]*}=@basisFrom("{key}")
[keyword]依据\s*"{basis}"=@basis("{basis}")

# ---- the service station: its size and its posts (STATION_SIZE, STATION_POSTS)
[when]服务站人数少于\s*按参数\s*{min:[a-z][A-Za-z0-9.]*}\s*人\s*或多于\s*按参数\s*{max:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{min}") && size() < params.integer("{min}") ) || ( params.has("{max}") && size() > params.integer("{max}") ) )
[when]服务站人数少于\s*{min:\d+}\s*人\s*或多于\s*{max:\d+}\s*人=$s : ServiceStation( size() < {min} || size() > {max} )
[when]服务站人数少于\s*按参数\s*{min:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{min}") && size() < params.integer("{min}") ) )
[when]服务站人数少于\s*{min:\d+}\s*人=$s : ServiceStation( size() < {min} )
[when]服务站人数多于\s*按参数\s*{max:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{max}") && size() > params.integer("{max}") ) )
[when]服务站人数多于\s*{max:\d+}\s*人=$s : ServiceStation( size() > {max} )
[when]服务站站长少于\s*按参数\s*{min:[a-z][A-Za-z0-9.]*}\s*人\s*或多于\s*按参数\s*{max:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.HEAD).size() < params.integer("{min}") ) || ( params.has("{max}") && appointments(StationPost.HEAD).size() > params.integer("{max}") ) )
[when]服务站站长少于\s*{min:\d+}\s*人\s*或多于\s*{max:\d+}\s*人=$s : ServiceStation( appointments(StationPost.HEAD).size() < {min} || appointments(StationPost.HEAD).size() > {max} )
[when]服务站站长少于\s*按参数\s*{min:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.HEAD).size() < params.integer("{min}") ) )
[when]服务站站长少于\s*{min:\d+}\s*人=$s : ServiceStation( appointments(StationPost.HEAD).size() < {min} )
[when]服务站站长多于\s*按参数\s*{max:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{max}") && appointments(StationPost.HEAD).size() > params.integer("{max}") ) )
[when]服务站站长多于\s*{max:\d+}\s*人=$s : ServiceStation( appointments(StationPost.HEAD).size() > {max} )
[when]服务站副站长少于\s*按参数\s*{min:[a-z][A-Za-z0-9.]*}\s*人\s*或多于\s*按参数\s*{max:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.DEPUTY_HEAD).size() < params.integer("{min}") ) || ( params.has("{max}") && appointments(StationPost.DEPUTY_HEAD).size() > params.integer("{max}") ) )
[when]服务站副站长少于\s*{min:\d+}\s*人\s*或多于\s*{max:\d+}\s*人=$s : ServiceStation( appointments(StationPost.DEPUTY_HEAD).size() < {min} || appointments(StationPost.DEPUTY_HEAD).size() > {max} )
[when]服务站副站长少于\s*按参数\s*{min:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.DEPUTY_HEAD).size() < params.integer("{min}") ) )
[when]服务站副站长少于\s*{min:\d+}\s*人=$s : ServiceStation( appointments(StationPost.DEPUTY_HEAD).size() < {min} )
[when]服务站副站长多于\s*按参数\s*{max:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{max}") && appointments(StationPost.DEPUTY_HEAD).size() > params.integer("{max}") ) )
[when]服务站副站长多于\s*{max:\d+}\s*人=$s : ServiceStation( appointments(StationPost.DEPUTY_HEAD).size() > {max} )
[when]服务站工作人员少于\s*按参数\s*{min:[a-z][A-Za-z0-9.]*}\s*人\s*或多于\s*按参数\s*{max:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.STAFF).size() < params.integer("{min}") ) || ( params.has("{max}") && appointments(StationPost.STAFF).size() > params.integer("{max}") ) )
[when]服务站工作人员少于\s*{min:\d+}\s*人\s*或多于\s*{max:\d+}\s*人=$s : ServiceStation( appointments(StationPost.STAFF).size() < {min} || appointments(StationPost.STAFF).size() > {max} )
[when]服务站工作人员少于\s*按参数\s*{min:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{min}") && appointments(StationPost.STAFF).size() < params.integer("{min}") ) )
[when]服务站工作人员少于\s*{min:\d+}\s*人=$s : ServiceStation( appointments(StationPost.STAFF).size() < {min} )
[when]服务站工作人员多于\s*按参数\s*{max:[a-z][A-Za-z0-9.]*}\s*人=$s : ServiceStation( ( params.has("{max}") && appointments(StationPost.STAFF).size() > params.integer("{max}") ) )
[when]服务站工作人员多于\s*{max:\d+}\s*人=$s : ServiceStation( appointments(StationPost.STAFF).size() > {max} )

# ---- recruitment: age on the reference date (RECRUIT_AGE), education (RECRUIT_EDUCATION)
[when]服务站成员招聘时年龄超过\s*按参数\s*{key:[a-z][A-Za-z0-9.]*}\s*周岁=$m : StationMember( params.hasOn("{key}", recruitedOn()) && !recruitedOn().isBefore(person().birthDate()) && person().ageOn(recruitedOn()) > params.integerOn("{key}", recruitedOn()) )
[when]服务站成员招聘时年龄超过\s*{max:\d+}\s*周岁=$m : StationMember( !recruitedOn().isBefore(person().birthDate()) && person().ageOn(recruitedOn()) > {max} )
[when]服务站成员文化程度低于\s*按参数\s*{key:[a-z][A-Za-z0-9.]*}=$m : StationMember( params.hasOn("{key}", recruitedOn()) && !person().education().isAtLeast(params.educationOn("{key}", recruitedOn())) )
[when]文化程度低于\s*小学=文化程度低于 PRIMARY
[when]文化程度低于\s*初中=文化程度低于 JUNIOR_SECONDARY
[when]文化程度低于\s*高中/中专=文化程度低于 SENIOR_SECONDARY
[when]文化程度低于\s*大专=文化程度低于 COLLEGE
[when]文化程度低于\s*本科=文化程度低于 BACHELOR
[when]文化程度低于\s*硕士研究生=文化程度低于 MASTER
[when]文化程度低于\s*博士研究生=文化程度低于 DOCTORATE
[when]服务站成员文化程度低于\s*{level:[A-Z_]+}=$m : StationMember( !person().education().isAtLeast(EducationLevel.{level}) )

# ---- what a rule reports
[then]报告服务站人数=findings.station(drools, $s, "服务站现有" + $s.size() + "人", "station has " + $s.size() + " people");
[then]报告服务站岗位=findings.station(drools, $s, "服务站现有站长" + $s.appointments(StationPost.HEAD).size() + "人,副站长" + $s.appointments(StationPost.DEPUTY_HEAD).size() + "人,工作人员" + $s.appointments(StationPost.STAFF).size() + "人", "station has " + $s.appointments(StationPost.HEAD).size() + " heads, " + $s.appointments(StationPost.DEPUTY_HEAD).size() + " deputy heads and " + $s.appointments(StationPost.STAFF).size() + " staff");
[then]报告该成员年龄=findings.citingOn($m.recruitedOn()).person(drools, $m.person().id(), $m.post(), $m.person().name() + "在" + $m.recruitedOn() + "(招聘基准日)年满" + $m.person().ageOn($m.recruitedOn()) + "周岁", $m.person().name() + " was " + $m.person().ageOn($m.recruitedOn()) + " on " + $m.recruitedOn() + " (the recruitment's reference date)");
[then]报告该成员文化程度=findings.citingOn($m.recruitedOn()).person(drools, $m.person().id(), $m.post(), $m.person().name() + "文化程度为" + $m.person().education().nameZh(), $m.person().name() + " has " + $m.person().education().nameEn() + " education");
