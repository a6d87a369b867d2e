/**
 * The open recruitment of a community service station as a process (seed §二(四): 公开向社会招聘,
 * 通过资格审查、笔试、面试、组织考核等程序): {@link org.amodel.core.recruitment.RecruitmentProcess#run}
 * takes a recorded {@link org.amodel.core.model.Recruitment} and returns, for every applicant, where
 * and why they stopped, their rank, and the appointments made.
 */
package org.amodel.core.recruitment;
